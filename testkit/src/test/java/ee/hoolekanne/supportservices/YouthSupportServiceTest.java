package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignYouthSupportPersonCommand;
import ee.hoolekanne.port.in.EndYouthSupportCommand;
import ee.hoolekanne.port.in.MarkYouthSupportNeedCommand;
import ee.hoolekanne.port.in.PassYouthToProviderCommand;
import ee.hoolekanne.port.in.ReportOnYouthCommand;
import ee.hoolekanne.port.in.SignCooperationAgreementCommand;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemorySupportServices;
import ee.hoolekanne.usecase.YouthSupportService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The youth support-person service through its use cases, on the in-memory repository. */
class YouthSupportServiceTest {

    private static final CaseId ID = new CaseId("2019-Y-1");
    private static final LocalDate LEAVING = LocalDate.of(2019, 12, 1);

    private final InMemorySupportServices.Youth cases = new InMemorySupportServices.Youth();
    private final YouthSupportService service = new YouthSupportService(cases, SupportServicesCases.youthProviders(),
            SupportServicesCases.CARE, SupportServicesCases.PROJECT);

    private void markAndPass() {
        service.markNeed(new MarkYouthSupportNeedCommand(ID, PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404),
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), County.TARTU, LEAVING, false, LEAVING.minusMonths(7))).get();
        service.passToProvider(new PassYouthToProviderCommand(ID, LEAVING.minusMonths(7).plusDays(3))).get();
    }

    private Versioned<YouthSupport> stored() {
        return cases.load(ID).get().get();
    }

    private String provider() {
        return ((YouthSupport.WithProvider) stored().value()).provider().value();
    }

    @Test
    @DisplayName("AHT-9, AHT-10, AHT-12, AHT-13: need, provider by county, support person, agreement, report and end, each saved under its version")
    void wholeService() {
        markAndPass();
        service.assign(new AssignYouthSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1", SupportPersonKind.PROFESSIONAL,
                new ProviderId(provider()), Language.ESTONIAN), LEAVING.minusMonths(6))).get();
        service.signAgreement(new SignCooperationAgreementCommand(ID, new CooperationAgreement(LEAVING.minusMonths(6).plusDays(7),
                List.of("rent a room"), "weekly meetings", "what is said stays between us", ServiceLanguage.of(Language.ESTONIAN)))).get();
        service.report(new ReportOnYouthCommand(ID, new Report(LEAVING.minusMonths(3), "on track"))).get();
        service.end(new EndYouthSupportCommand(ID, LEAVING.plusMonths(5), "the youth copes")).get();
        assertInstanceOf(YouthSupport.Ended.class, stored().value());
        assertEquals(6, stored().version());
    }

    @Test
    @DisplayName("AHT-10: a professional support person before the window opens is refused, and nothing is written")
    void tooEarly() {
        markAndPass();
        Versioned<YouthSupport> before = stored();
        SupportServiceError refused = service.assign(new AssignYouthSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, new ProviderId(provider()), Language.ESTONIAN),
                LEAVING.minusMonths(8))).getLeft();
        assertInstanceOf(SupportServiceError.BeforeWindow.class, refused);
        assertEquals(before, stored());
        assertEquals(new SupportServiceError.WrongState("report on", "WithProvider"),
                service.report(new ReportOnYouthCommand(ID, new Report(LEAVING, "early"))).getLeft());
        assertEquals(before, stored());
    }
}
