package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AssignSupportPersonCommand;
import ee.hoolekanne.port.in.ContactCaseManagerCommand;
import ee.hoolekanne.port.in.EndReferralCommand;
import ee.hoolekanne.port.in.HoldThreePartyMeetingCommand;
import ee.hoolekanne.port.in.PassReferralToProviderCommand;
import ee.hoolekanne.port.in.ReferForSupportPersonCommand;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemorySupportServices;
import ee.hoolekanne.usecase.ProtectionReferralService;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The protection support-person service through its use cases, on the in-memory repository. */
class ProtectionReferralServiceTest {

    private static final CaseId ID = new CaseId("2026-RVK-1");
    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    private final InMemorySupportServices.Referrals referrals = new InMemorySupportServices.Referrals();
    private final ProtectionReferralService service = new ProtectionReferralService(referrals, SupportServicesCases.PROTECTION);

    private ProtectionReferral refer() {
        return service.refer(new ReferForSupportPersonCommand(ID, SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL,
                true, new NeedAssessment(START.minusDays(7), "Tartu linn", List.of(), false),
                SupportServicesCases.referralDecision("RV-1", START), ServiceLanguage.otherWithInterpreter("Arabic"))).get();
    }

    private Versioned<ProtectionReferral> stored() {
        return referrals.load(ID).get().get();
    }

    @Test
    @DisplayName("RVK-5, RVK-7: referral, provider, support person, case manager, three-party meeting and end, each saved under its version")
    void wholeService() {
        refer();
        service.passToProvider(new PassReferralToProviderCommand(ID, SupportServicesCases.PROTECTION_PROVIDER, START.plusDays(2))).get();
        service.assign(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1", SupportPersonKind.PROFESSIONAL,
                SupportServicesCases.PROTECTION_PROVIDER, Language.ENGLISH), START.plusDays(5))).get();
        service.contactCaseManager(new ContactCaseManagerCommand(ID, START.plusDays(6))).get();
        service.holdMeeting(new HoldThreePartyMeetingCommand(ID, new ThreePartyMeeting(START.plusDays(12), true, List.of("language course")))).get();
        assertInstanceOf(ProtectionReferral.Active.class, stored().value());
        service.end(new EndReferralCommand(ID, EndReason.GOALS_MET, Option.none(), START.plusMonths(6))).get();
        assertInstanceOf(ProtectionReferral.Ended.class, stored().value());
        assertEquals(6, stored().version());
    }

    @Test
    @DisplayName("RVK-5: a support person of another provider is refused, and nothing is written")
    void otherProvidersSupportPerson() {
        refer();
        service.passToProvider(new PassReferralToProviderCommand(ID, SupportServicesCases.PROTECTION_PROVIDER, START.plusDays(2))).get();
        Versioned<ProtectionReferral> before = stored();
        SupportServiceError refused = service.assign(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-9",
                SupportPersonKind.PROFESSIONAL, new ProviderId("another-provider"), Language.ENGLISH), START.plusDays(3))).getLeft();
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, refused);
        assertEquals(before, stored());
    }

    @Test
    @DisplayName("RVK-5: a command the state cannot take, an unknown case and a second referral under one id are typed errors")
    void refusals() {
        assertInstanceOf(SupportServiceError.CaseNotFound.class,
                service.contactCaseManager(new ContactCaseManagerCommand(ID, START)).getLeft());
        refer();
        Versioned<ProtectionReferral> before = stored();
        assertEquals(new SupportServiceError.WrongState("contact the case manager of", "Referred"),
                service.contactCaseManager(new ContactCaseManagerCommand(ID, START)).getLeft());
        assertInstanceOf(SupportServiceError.CaseExists.class, service.refer(new ReferForSupportPersonCommand(ID,
                SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(START.minusDays(7), "Tartu linn", List.of(), false), SupportServicesCases.referralDecision("RV-2", START),
                ServiceLanguage.otherWithInterpreter("Arabic"))).getLeft());
        assertEquals(before, stored());
    }
}
