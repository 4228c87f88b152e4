package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.protection.ChangeNotice;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.protection.*;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.protection.ProtectionService;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The protection support-person service through its use cases, on any storage adapter: a subclass
 * gives a fresh {@link Storage} for each test, and every command runs on it and is read back from
 * it.
 */
public abstract class ProtectionServiceContract {

    private static final CaseId ID = new CaseId("2026-RVK-1");
    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    private InMemoryAdapters memory;
    private ProtectionService service;
    private DeadlineWatchService watch;

    /** A fresh, empty storage adapter: called once for each test. */
    protected abstract Storage storage();

    @BeforeEach
    void fresh() {
        memory = InMemoryAdapters.over(storage(), START);
        service = memory.protection(ProtectionSchedule.standard());
        watch = memory.deadlineWatch(List.of(service));
    }

    private ProtectionReferral refer() {
        return ok(service.referForSupportPerson(new ReferForSupportPersonCommand(ID, SupportServicesCases.refugeeFamily(),
                ProtectionStatus.INTERNATIONAL, true, new NeedAssessment(START.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of(), false, false),
                SupportServicesCases.referralDecision("RV-1", START), ServiceLanguage.otherWithInterpreter("Arabic"))));
    }

    private void toActive() {
        refer();
        ok(service.passToProvider(new PassToProviderCommand(ID, SupportServicesCases.PROTECTION_PROVIDER, START.plusDays(2))));
        ok(service.assignSupportPerson(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, SupportServicesCases.PROTECTION_PROVIDER, Language.ENGLISH), START.plusDays(5))));
        ok(service.contactCaseManager(new ContactCaseManagerCommand(ID, START.plusDays(6))));
        ok(service.holdThreePartyMeeting(new HoldThreePartyMeetingCommand(ID, new ThreePartyMeeting(START.plusDays(12), true,
                List.of("language course")))));
    }

    private Versioned<ProtectionReferral> stored() {
        return memory.storage().protectionReferrals().load(ID).get().get();
    }

    private List<String> morningList(LocalDate on, int lookahead) {
        return ok(watch.queryDeadlines(new QueryDeadlinesCommand(on, lookahead))).stream()
                .map(o -> o.duty() + o.reference().map(r -> " " + r).getOrElse("") + " " + o.deadline().dueDate()).toList();
    }

    @Test
    @DisplayName("RVK-5, RVK-7: referral, provider, support person, case manager, three-party meeting and end, each saved under its version")
    void wholeService() {
        toActive();
        assertInstanceOf(ProtectionReferral.Active.class, stored().value());
        ok(service.endReferral(new EndReferralCommand(ID, EndReason.GOALS_MET, Option.none(), START.plusMonths(6))));
        assertInstanceOf(ProtectionReferral.Ended.class, stored().value());
        assertEquals(6, stored().version());
        assertEquals(List.of(), morningList(START.plusYears(2), 0), "an ended referral has no open obligation");
    }

    @Test
    @DisplayName("RVK-5: the provider's 5 working days to assign a support person are on the morning list until the assignment")
    void assignmentOnTheList() {
        refer();
        ok(service.passToProvider(new PassToProviderCommand(ID, SupportServicesCases.PROTECTION_PROVIDER, START.plusDays(2))));
        // received Wednesday 14 January 2026: 5 working days to Wednesday 21 January
        assertTrue(morningList(LocalDate.of(2026, 1, 21), 0).contains("ASSIGN_SUPPORT_PERSON 2026-01-21"));
        ok(service.assignSupportPerson(new AssignSupportPersonCommand(ID, SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, SupportServicesCases.PROTECTION_PROVIDER, Language.ENGLISH), START.plusDays(5))));
        assertTrue(morningList(LocalDate.of(2026, 1, 21), 0).stream().noneMatch(o -> o.startsWith("ASSIGN_SUPPORT_PERSON")));
    }

    @Test
    @DisplayName("RVK-6: an information request puts its 5-working-day answer on the morning list; the answer takes it off")
    void informationRequests() {
        toActive();
        // received Thursday 19 February 2026; Tuesday 24 February is Independence Day: due Friday 27 February
        ok(service.receiveInfoRequest(new ReceiveInfoRequestCommand(ID, LocalDate.of(2026, 2, 19))));
        ok(service.receiveInfoRequest(new ReceiveInfoRequestCommand(ID, LocalDate.of(2026, 2, 20))));
        List<Obligation> due = ok(watch.queryDeadlines(new QueryDeadlinesCommand(LocalDate.of(2026, 2, 27), 0)));
        Obligation first = due.stream().filter(o -> o.duty() == Duty.ANSWER_INFO_REQUEST).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 27), first.deadline().dueDate());
        assertEquals(Option.some("1"), first.reference());
        assertTrue(first.deadline().skippedDays().stream().anyMatch(d -> d.holiday().isDefined()), "Independence Day is skipped");
        assertTrue(morningList(LocalDate.of(2026, 3, 2), 0).contains("ANSWER_INFO_REQUEST 2 2026-03-02"));
        ok(service.answerInfoRequest(new AnswerInfoRequestCommand(ID, 1, LocalDate.of(2026, 2, 25))));
        assertEquals(List.of("ANSWER_INFO_REQUEST 2 2026-03-02"), morningList(LocalDate.of(2026, 3, 2), 0));
        assertInstanceOf(SupportServiceError.Invalid.class,
                refusal(service.answerInfoRequest(new AnswerInfoRequestCommand(ID, 1, LocalDate.of(2026, 2, 26)))), "answered once");
    }

    @Test
    @DisplayName("RVK-7, RVK-8: change notices, reports and interim evaluations are recorded through their use cases")
    void noticesReportsEvaluations() {
        toActive();
        ok(service.notifyChange(new NotifyChangeCommand(ID, new ChangeNotice(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), false,
                "lost the job"))));
        ok(service.submitReport(new SubmitReportCommand(ID, new Report(LocalDate.of(2026, 4, 10), "quarterly report"))));
        ok(service.recordEvaluation(new RecordEvaluationCommand(ID, new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS,
                "case plan review", "KOV case manager", LocalDate.of(2026, 6, 1)))));
        ProtectionReferral.Active active = (ProtectionReferral.Active) stored().value();
        assertEquals(1, active.changeNotices().size());
        assertTrue(active.changeNotices().get(0).wasImmediate(), "RVK-7: told at once");
        assertEquals(1, active.reports().size());
        assertEquals(1, active.evaluations().size());
        assertEquals(8, stored().version());
    }

    @Test
    @DisplayName("RVK-4: the referral's end at 12 months is on the list; it expires only after its last day, through the use case")
    void maximumLength() {
        toActive();
        // referred 12 January 2026: the last day is 12 January 2027
        assertTrue(morningList(LocalDate.of(2027, 1, 12), 0).contains("REFERRAL_ENDS 2027-01-12"));
        assertInstanceOf(SupportServiceError.Invalid.class,
                refusal(service.expireReferral(new ExpireReferralCommand(ID, LocalDate.of(2027, 1, 12)))));
        ProtectionReferral.Ended ended = (ProtectionReferral.Ended) ok(service.expireReferral(
                new ExpireReferralCommand(ID, LocalDate.of(2027, 1, 13))));
        assertEquals(EndReason.MAXIMUM_LENGTH_REACHED, ended.reason());
        assertEquals(LocalDate.of(2027, 1, 12), ended.endedOn());
        assertEquals(List.of(), morningList(LocalDate.of(2027, 6, 1), 0));
    }

    @Test
    @DisplayName("RVK-5: a support person of another provider is refused, and nothing is written")
    void otherProvidersSupportPerson() {
        refer();
        ok(service.passToProvider(new PassToProviderCommand(ID, SupportServicesCases.PROTECTION_PROVIDER, START.plusDays(2))));
        Versioned<ProtectionReferral> before = stored();
        SupportServiceError refused = refusal(service.assignSupportPerson(new AssignSupportPersonCommand(ID,
                SupportServicesCases.supportPerson("sp-9", SupportPersonKind.PROFESSIONAL, new ProviderId("another-provider"),
                        Language.ENGLISH), START.plusDays(3))));
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, refused);
        assertEquals(before, stored());
    }

    @Test
    @DisplayName("RVK-5: a command the state cannot take, an unknown case and a second referral under one id are typed failures")
    void refusals() {
        assertInstanceOf(CaseFailure.NotFound.class, failure(service.contactCaseManager(new ContactCaseManagerCommand(ID, START))));
        refer();
        Versioned<ProtectionReferral> before = stored();
        assertEquals(new CaseFailure.WrongState<>("contact the case manager", "Referred"),
                failure(service.contactCaseManager(new ContactCaseManagerCommand(ID, START))));
        assertInstanceOf(CaseFailure.AlreadyExists.class, failure(service.referForSupportPerson(new ReferForSupportPersonCommand(ID,
                SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(START.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of(), false, false), SupportServicesCases.referralDecision("RV-2", START),
                ServiceLanguage.otherWithInterpreter("Arabic")))));
        assertEquals(before, stored());
    }

    @Test
    @DisplayName("TSM-18: without a known acting user every command is refused before anything is read or written")
    void nobodyActing() {
        memory.actAsNobody();
        assertInstanceOf(CaseFailure.Unavailable.class, failure(service.referForSupportPerson(new ReferForSupportPersonCommand(ID,
                SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(START.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of(), false, false), SupportServicesCases.referralDecision("RV-1", START),
                ServiceLanguage.otherWithInterpreter("Arabic")))));
        assertTrue(memory.storage().protectionReferrals().load(ID).get().isEmpty());
        assertTrue(memory.storage().audit().recordsOf(SupportServicesCases.refugeeFamily().applicant()).get().isEmpty(), "nothing is audited");
    }
}
