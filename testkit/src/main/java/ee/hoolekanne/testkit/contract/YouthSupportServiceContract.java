package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.youthsupport.*;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.Results.failure;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Support persons for youth leaving care through their use cases, on any storage adapter: a
 * subclass gives a fresh {@link Storage} for each test, and every command runs on it and is read
 * back from it.
 */
public abstract class YouthSupportServiceContract {

    private static final CaseId ID = new CaseId("2019-Y-1");
    private static final LocalDate LEAVING = LocalDate.of(2019, 12, 1);

    private InMemoryAdapters memory;
    private YouthSupportService service;
    private DeadlineWatchService watch;

    /** A fresh, empty storage adapter: called once for each test. */
    protected abstract Storage storage();

    @BeforeEach
    void fresh() {
        memory = InMemoryAdapters.over(storage(), LEAVING.minusMonths(7));
        service = memory.youthSupport(SupportServicesCases.youthProviders(), SubstituteCareSchedule.standard(),
                SupportServicesCases.PROJECT);
        watch = memory.deadlineWatch(List.of(service));
    }

    private void markAndPass() {
        ok(service.markNeed(new MarkNeedCommand(ID, PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404),
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), County.TARTU, LEAVING, false, LEAVING.minusMonths(7))));
        ok(service.passToProvider(new PassToProviderCommand(ID, LEAVING.minusMonths(7).plusDays(3))));
    }

    /** Marked, passed, assigned and the agreement signed on Saturday 8 June 2019. */
    private void cooperating() {
        markAndPass();
        ok(service.assignSupportPerson(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, new ProviderId(provider()), Language.ESTONIAN), LEAVING.minusMonths(6), Proposer.REGIONAL_PROVIDER)));
        ok(service.signCooperationAgreement(new SignCooperationAgreementCommand(ID, new CooperationAgreement(LEAVING.minusMonths(6).plusDays(7),
                List.of("rent a room"), "weekly meetings", "what is said stays between us", ServiceLanguage.of(Language.ESTONIAN)))));
    }

    private Versioned<YouthSupport> stored() {
        return memory.storage().youthSupport().load(ID).get().get();
    }

    private String provider() {
        return ((YouthSupport.WithProvider) stored().value()).provider().value();
    }

    private List<String> morningList(LocalDate on) {
        return ok(watch.queryDeadlines(new QueryDeadlinesCommand(on, 0))).stream()
                .map(o -> o.duty() + " " + o.deadline().dueDate()).toList();
    }

    @Test
    @DisplayName("AHT-9, AHT-10, AHT-12, AHT-13: need, provider by county, support person, agreement, diary, report, yearly assessment and end")
    void wholeService() {
        cooperating();
        ok(service.writeDiary(new WriteDiaryCommand(ID, new DiaryEntry(LocalDate.of(2019, 7, 1), "budget planned together"))));
        ok(service.submitReport(new SubmitReportCommand(ID, new Report(LocalDate.of(2019, 9, 2), "on track"))));
        ok(service.assessSituation(new AssessSituationCommand(ID, LocalDate.of(2020, 6, 8), true)));
        YouthSupport.Cooperating going = (YouthSupport.Cooperating) stored().value();
        assertEquals(1, going.diary().size());
        assertEquals(List.of(LocalDate.of(2020, 6, 8)), going.assessments());
        assertEquals(Option.some(Proposer.REGIONAL_PROVIDER), going.proposedBy(), "AHT-10: who proposed the professional support person");
        ok(service.endSupport(new EndSupportCommand(ID, LocalDate.of(2020, 9, 1), "the youth copes")));
        assertInstanceOf(YouthSupport.Ended.class, stored().value());
        assertEquals(Option.some(Proposer.REGIONAL_PROVIDER), ((YouthSupport.Ended) stored().value()).proposedBy());
        assertEquals(8, stored().version());
        assertEquals(List.of(), morningList(LocalDate.of(2022, 1, 1)));
    }

    @Test
    @DisplayName("AHT-12: the next 3-monthly report and the assessment after a year are on the morning list, moving with each report")
    void reportsAndAssessmentOnTheList() {
        cooperating();
        // signed Saturday 8 June 2019: a report by 8 September, a Sunday, so Monday 9 September; the assessment by Monday 8 June 2020
        assertEquals(List.of("REPORT_TO_LOCAL_GOVERNMENT 2019-09-09", "ASSESS_SITUATION 2020-06-08"), morningList(LocalDate.of(2020, 6, 8)));
        ok(service.submitReport(new SubmitReportCommand(ID, new Report(LocalDate.of(2019, 9, 2), "on track"))));
        // from the report on 2 September: 2 December 2019
        assertEquals(List.of("REPORT_TO_LOCAL_GOVERNMENT 2019-12-02"), morningList(LocalDate.of(2019, 12, 2)));
    }

    @Test
    @DisplayName("AHT-12: an assessment before the year is up is refused; one that finds the service no longer needed ends it")
    void yearlyAssessment() {
        cooperating();
        Versioned<YouthSupport> before = stored();
        assertInstanceOf(SupportServiceError.Invalid.class,
                refusal(service.assessSituation(new AssessSituationCommand(ID, LocalDate.of(2019, 12, 1), true))));
        assertEquals(before, stored());
        YouthSupport.Ended ended = (YouthSupport.Ended) ok(service.assessSituation(new AssessSituationCommand(ID, LocalDate.of(2020, 6, 8), false)));
        assertEquals(LocalDate.of(2020, 6, 8), ended.endedOn());
    }

    @Test
    @DisplayName("AHT-10: a professional support person before the window opens is refused, and nothing is written")
    void tooEarly() {
        markAndPass();
        Versioned<YouthSupport> before = stored();
        SupportServiceError refused = refusal(service.assignSupportPerson(new AssignSupportPersonCommand(ID,
                SupportServicesCases.supportPerson("sp-1", SupportPersonKind.PROFESSIONAL, new ProviderId(provider()), Language.ESTONIAN),
                LEAVING.minusMonths(8), Proposer.LOCAL_GOVERNMENT)));
        assertInstanceOf(SupportServiceError.BeforeWindow.class, refused);
        assertEquals(before, stored());
        assertEquals(new SupportServiceError.Invalid("a professional support person is proposed by the local government or the regional provider (AHT-10)"),
                refusal(service.assignSupportPerson(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1",
                        SupportPersonKind.PROFESSIONAL, new ProviderId(provider()), Language.ESTONIAN), LEAVING.minusMonths(6)))),
                "AHT-10: who proposed a professional support person is recorded, so it is required");
        assertEquals(before, stored());
        assertEquals(new CaseFailure.WrongState<>("submit a report", "WithProvider"),
                failure(service.submitReport(new SubmitReportCommand(ID, new Report(LEAVING, "early")))));
        assertEquals(before, stored());
    }
}
