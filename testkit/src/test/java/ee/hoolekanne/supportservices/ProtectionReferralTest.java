package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.protection.ChangeNotice;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.testkit.gen.Acts;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.PROTECTION;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.PROTECTION_PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support-person service for people with international or temporary protection, rule by rule. */
class ProtectionReferralTest {

    private static final EstonianCalendar CAL = EstonianCalendar.standard();
    private static final LocalDate REFERRED = LocalDate.of(2025, 12, 17);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static NeedAssessment need(boolean duplicates) {
        return new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of("adult social services"), duplicates, true);
    }

    private static Either<SupportServiceError, ProtectionReferral.Referred> refer(ProtectionStatus status, boolean inEstonia,
                                                                                   boolean duplicates, ServiceLanguage language) {
        return ProtectionReferral.refer(new CaseId("rvk-1"), SupportServicesCases.refugeeFamily(), status, inEstonia,
                need(duplicates), SupportServicesCases.referralDecision("RV-1", REFERRED), language, PROTECTION);
    }

    private static ProtectionReferral.WithProvider withProvider(ServiceLanguage language, LocalDate received) {
        return orFail(orFail(refer(ProtectionStatus.INTERNATIONAL, true, false, language))
                .referToProvider(PROTECTION_PROVIDER, received, PROTECTION));
    }

    @Test
    @DisplayName("RVK-1: people with international or temporary protection living in Estonia, and their families, are eligible")
    void eligibility() {
        assertTrue(refer(ProtectionStatus.INTERNATIONAL, true, false, ServiceLanguage.of(Language.ENGLISH)).isRight());
        ProtectionReferral.Referred temporary = orFail(refer(ProtectionStatus.TEMPORARY, true, false, ServiceLanguage.of(Language.RUSSIAN)));
        assertEquals(3, temporary.client().size(), "the family is referred with the client");
        assertInstanceOf(SupportServiceError.NotEligible.class, refer(ProtectionStatus.NONE, true, false, ServiceLanguage.of(Language.ENGLISH)).getLeft());
        assertInstanceOf(SupportServiceError.NotEligible.class, refer(ProtectionStatus.INTERNATIONAL, false, false, ServiceLanguage.of(Language.ENGLISH)).getLeft());
    }

    private static Either<SupportServiceError, ProtectionReferral.Referred> referWith(NeedAssessment need) {
        return ProtectionReferral.refer(new CaseId("rvk-1"), SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                need, SupportServicesCases.referralDecision("RV-1", REFERRED), ServiceLanguage.of(Language.ENGLISH), PROTECTION);
    }

    @Test
    @DisplayName("RVK-1: the assessment names the social, economic, psychological or health problems that cause the need, and never shows them")
    void problemsNamed() {
        assertEquals(new SupportServiceError.NotEligible("the assessment names the social, economic, psychological or health problems (RVK-1)"),
                referWith(new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(), List.of(), false, false)).getLeft());
        NeedAssessment health = new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(NeedArea.HEALTH, NeedArea.PSYCHOLOGICAL),
                List.of(), false, false);
        assertEquals(Set.of(NeedArea.HEALTH, NeedArea.PSYCHOLOGICAL), orFail(referWith(health)).needAssessment().problems());
        assertFalse(health.toString().contains("HEALTH") || health.toString().contains("PSYCHOLOGICAL"), "health information stays out of toString");
    }

    @Test
    @DisplayName("RVK-2: alongside another service only when the person's need is greater; never duplicating one")
    void greaterNeed() {
        NeedAssessment notGreater = new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(NeedArea.SOCIAL),
                List.of("adult social services"), false, false);
        assertEquals(new SupportServiceError.NotEligible("alongside other services only when the need is greater (RVK-2)"),
                referWith(notGreater).getLeft());
        NeedAssessment greater = new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(NeedArea.SOCIAL),
                List.of("adult social services"), false, true);
        assertTrue(orFail(referWith(greater)).needAssessment().greaterNeed());
        assertTrue(referWith(new NeedAssessment(REFERRED.minusDays(5), "Tartu linn", Set.of(NeedArea.SOCIAL), List.of(), false, false))
                .isRight(), "no other service: nothing to be greater than");
    }

    @Test
    @DisplayName("RVK-2: the local government's assessment comes first; the service may run alongside others but not duplicate one")
    void needAssessment() {
        assertInstanceOf(SupportServiceError.DuplicatesOtherService.class,
                refer(ProtectionStatus.INTERNATIONAL, true, true, ServiceLanguage.of(Language.ENGLISH)).getLeft());
        ProtectionReferral.Referred alongside = orFail(refer(ProtectionStatus.INTERNATIONAL, true, false, ServiceLanguage.of(Language.ENGLISH)));
        assertEquals(List.of("adult social services"), alongside.needAssessment().otherServices());
        Decision beforeAssessment = new Decision(new DecisionId("RV-0"), SupportServicesCases.referralDecision("x", REFERRED).madeBy(),
                REFERRED.minusDays(10), new Outcome.Refer("support person"), List.of(PROTECTION.basis(Rule.RVK_5)), Option.none(), Acts.reasons(REFERRED.minusDays(10)));
        assertInstanceOf(SupportServiceError.Invalid.class, ProtectionReferral.refer(new CaseId("rvk-1"), SupportServicesCases.refugeeFamily(),
                ProtectionStatus.INTERNATIONAL, true, need(false), beforeAssessment, ServiceLanguage.of(Language.ENGLISH), PROTECTION).getLeft());
    }

    @Test
    @DisplayName("RVK-3: the support person speaks the service language, or an interpreter is involved")
    void language() {
        ProtectionReferral.WithProvider russian = withProvider(ServiceLanguage.of(Language.RUSSIAN), REFERRED.plusDays(1));
        assertInstanceOf(SupportServiceError.LanguageNotCovered.class, russian.assign(SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER, Language.ESTONIAN, Language.ENGLISH), REFERRED.plusDays(2), PROTECTION).getLeft());
        assertTrue(russian.assign(SupportServicesCases.supportPerson("sp-2", SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER,
                Language.RUSSIAN), REFERRED.plusDays(2), PROTECTION).isRight());
        ProtectionReferral.WithProvider arabic = withProvider(ServiceLanguage.otherWithInterpreter("Arabic"), REFERRED.plusDays(1));
        assertTrue(arabic.assign(SupportServicesCases.supportPerson("sp-3", SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER,
                Language.ENGLISH), REFERRED.plusDays(2), PROTECTION).isRight());
    }

    @Test
    @DisplayName("RVK-4: at most 12 months from the referral; later steps are refused and the referral expires")
    void maximumLength() {
        List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("rvk-1"), REFERRED);
        ProtectionReferral.Active active = (ProtectionReferral.Active) journey.get(4);
        assertEquals(d("2026-12-17"), active.lastDay(PROTECTION));
        assertInstanceOf(SupportServiceError.AfterEnd.class, active.receiveInfoRequest(d("2026-12-18"), PROTECTION).getLeft());
        assertInstanceOf(SupportServiceError.Invalid.class, active.expire(d("2026-12-17"), PROTECTION).getLeft());
        ProtectionReferral.Ended ended = orFail(active.expire(d("2026-12-18"), PROTECTION));
        assertEquals(EndReason.MAXIMUM_LENGTH_REACHED, ended.reason());
        assertEquals(d("2026-12-17"), ended.endedOn());
        Obligation end = active.openObligations(CAL, PROTECTION).stream()
                .filter(o -> o.deadline().legalBasis().get().ruleId().equals("RVK-4")).findFirst().orElseThrow();
        assertEquals(d("2026-12-17"), end.deadline().dueDate());
    }

    @Test
    @DisplayName("RVK-5: the provider assigns a support person within 5 working days of receiving the referral, across Christmas")
    void referralFlow() {
        ProtectionReferral.WithProvider withProvider = withProvider(ServiceLanguage.of(Language.ENGLISH), d("2025-12-19"));
        // 22, 23, 29, 30, 31 December: 24-26 December are holidays
        assertEquals(d("2025-12-31"), withProvider.assignmentDeadline(CAL, PROTECTION).dueDate());
        assertTrue(withProvider.openObligations(CAL, PROTECTION).stream().anyMatch(o -> o.what().equals("assign a support person")));
        ProtectionReferral.Assigned assigned = orFail(withProvider.assign(SupportServicesCases.supportPerson("sp-1",
                SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER, Language.ENGLISH), d("2025-12-30"), PROTECTION));
        ProtectionReferral.CaseManagerContacted contacted = orFail(assigned.contactCaseManager(d("2026-01-02"), PROTECTION));
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class,
                contacted.holdMeeting(new ThreePartyMeeting(d("2026-01-08"), false, List.of("learn Estonian")), PROTECTION).getLeft(),
                "the meeting checks the fit");
        ProtectionReferral.Active active = orFail(contacted.holdMeeting(
                new ThreePartyMeeting(d("2026-01-08"), true, List.of("learn Estonian", "find work")), PROTECTION));
        assertEquals(List.of("learn Estonian", "find work"), active.meeting().goals());
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, withProvider.assign(SupportServicesCases.supportPerson("sp-x",
                SupportPersonKind.PROFESSIONAL, new ee.hoolekanne.domain.supportperson.ProviderId("other"), Language.ENGLISH),
                d("2025-12-30"), PROTECTION).getLeft());
    }

    @Test
    @DisplayName("RVK-6: information requests are answered within 5 working days, and open ones are in the deadline watch")
    void infoRequests() {
        ProtectionReferral.Active active = (ProtectionReferral.Active) SupportServicesCases.protectionJourney(new CaseId("rvk-1"), REFERRED).get(4);
        ProtectionReferral.Active asked = orFail(active.receiveInfoRequest(d("2026-06-19"), PROTECTION));
        Obligation answer = asked.openObligations(CAL, PROTECTION).stream().filter(o -> o.what().startsWith("answer")).findFirst().orElseThrow();
        // 22, 25, 26, 29, 30 June: 23 and 24 June are holidays
        assertEquals(d("2026-06-30"), answer.deadline().dueDate());
        ProtectionReferral.Active answered = orFail(asked.answerInfoRequest(2, d("2026-06-22"), PROTECTION));
        assertTrue(answered.openObligations(CAL, PROTECTION).stream().noneMatch(o -> o.what().startsWith("answer")));
        assertInstanceOf(SupportServiceError.Invalid.class, answered.answerInfoRequest(2, d("2026-06-22"), PROTECTION).getLeft());
    }

    @Test
    @DisplayName("RVK-7: changes, for the better too, are notified immediately; a late notice is recorded as late")
    void changeNotices() {
        ProtectionReferral.Active active = (ProtectionReferral.Active) SupportServicesCases.protectionJourney(new CaseId("rvk-1"), REFERRED).get(4);
        ChangeNotice late = new ChangeNotice(d("2026-05-04"), d("2026-05-06"), false, "stopped attending the course");
        ProtectionReferral.Active noted = orFail(active.notifyChange(late, PROTECTION));
        assertFalse(noted.changeNotices().get(noted.changeNotices().size() - 1).wasImmediate());
        assertTrue(noted.changeNotices().get(0).wasImmediate());
        assertTrue(noted.changeNotices().get(0).improvement());
        assertFalse(late.toString().contains("course"), "the description is personal data");
    }

    @Test
    @DisplayName("RVK-8: reports follow the goals set at the three-party meeting, within the service; the provider takes part in interim evaluations only")
    void reportsAndEvaluations() {
        List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("rvk-1"), REFERRED);
        ProtectionReferral.Active active = (ProtectionReferral.Active) journey.get(4);
        LocalDate meeting = active.meeting().heldOn();
        assertEquals(new SupportServiceError.Invalid("a report follows the three-party meeting that set the goals (RVK-8)"),
                active.report(new Report(meeting.minusDays(1), "before any goal"), PROTECTION).getLeft());
        assertInstanceOf(SupportServiceError.AfterEnd.class,
                active.report(new Report(active.lastDay(PROTECTION).plusDays(1), "after the end"), PROTECTION).getLeft());
        ProtectionReferral.Active reported = orFail(active.report(new Report(meeting.plusMonths(2), "language course started"), PROTECTION));
        assertEquals(active.reports().size() + 1, reported.reports().size());
        assertEquals(meeting.plusMonths(2), reported.reports().get(reported.reports().size() - 1).submittedOn());
        assertTrue(reported.history().stream().anyMatch(h -> h.on().equals(meeting.plusMonths(2))), "the report is in the case's history");
        assertInstanceOf(SupportServiceError.Invalid.class, active.evaluate(new Evaluation(Evaluation.Kind.FOLLOW_UP, GoalStatus.ACHIEVED,
                "done", "provider", meeting.plusMonths(3)), PROTECTION).getLeft(), "a follow-up evaluation is not the provider's part");
        ProtectionReferral.Active evaluated = orFail(active.evaluate(new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS,
                "on track", "provider", meeting.plusMonths(3)), PROTECTION));
        assertEquals(active.evaluations().size() + 1, evaluated.evaluations().size());
    }

    @Test
    @DisplayName("RVK-9: a referral ends on goals met, mutual agreement, referral elsewhere, or another stated reason, from any state")
    void endings() {
        List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("rvk-1"), REFERRED);
        ProtectionReferral.Referred referred = (ProtectionReferral.Referred) journey.get(0);
        assertEquals(EndReason.REFERRED_TO_OTHER_SERVICE,
                orFail(referred.end(EndReason.REFERRED_TO_OTHER_SERVICE, Option.none(), d("2026-01-05"), PROTECTION)).reason());
        assertInstanceOf(SupportServiceError.Invalid.class, referred.end(EndReason.OTHER, Option.none(), d("2026-01-05"), PROTECTION).getLeft());
        assertEquals(Option.some("moved abroad"),
                orFail(referred.end(EndReason.OTHER, Option.some("moved abroad"), d("2026-01-05"), PROTECTION)).statedReason());
        ProtectionReferral.Ended ended = (ProtectionReferral.Ended) journey.get(journey.size() - 1);
        assertEquals(EndReason.GOALS_MET, ended.reason());
        assertTrue(ended.assignment().isDefined());
        assertTrue(ended.openObligations(CAL, PROTECTION).isEmpty());
    }

    @Test
    @DisplayName("RVK-10: the funding source is recorded: the AMIF fund and the Ministry of the Interior")
    void funding() {
        assertEquals(FundingSource.AMIF_AND_MINISTRY_OF_INTERIOR,
                orFail(refer(ProtectionStatus.INTERNATIONAL, true, false, ServiceLanguage.of(Language.ENGLISH))).funding());
    }

    @Test
    @DisplayName("RVK-4 RVK-5 RVK-8 RVK-9: a refugee family's referral through a 12-month service")
    void refugeeFamilyScenario() {
        ProtectionReferral.Referred referred = orFail(refer(ProtectionStatus.INTERNATIONAL, true, false,
                ServiceLanguage.otherWithInterpreter("Arabic")));
        ProtectionReferral.WithProvider withProvider = orFail(referred.referToProvider(PROTECTION_PROVIDER, d("2025-12-18"), PROTECTION));
        assertEquals(d("2025-12-30"), withProvider.assignmentDeadline(CAL, PROTECTION).dueDate());
        ProtectionReferral.Assigned assigned = orFail(withProvider.assign(SupportServicesCases.supportPerson("sp-7",
                SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER, Language.ENGLISH), d("2025-12-29"), PROTECTION));
        ProtectionReferral.Active active = orFail(orFail(assigned.contactCaseManager(d("2026-01-05"), PROTECTION))
                .holdMeeting(new ThreePartyMeeting(d("2026-01-09"), true, List.of("school place for the child", "work")), PROTECTION));
        for (int quarter = 1; quarter <= 3; quarter++) {
            active = orFail(active.report(new ee.hoolekanne.domain.supportperson.Report(d("2026-01-09").plusMonths(3L * quarter),
                    "quarter " + quarter), PROTECTION));
        }
        assertEquals(3, active.reports().size());
        assertInstanceOf(SupportServiceError.AfterEnd.class, active.report(new ee.hoolekanne.domain.supportperson.Report(
                d("2026-12-18"), "too late"), PROTECTION).getLeft());
        ProtectionReferral.Ended ended = orFail(active.expire(d("2026-12-18"), PROTECTION));
        assertEquals(EndReason.MAXIMUM_LENGTH_REACHED, ended.reason());
        assertEquals(d("2026-12-17"), ended.endedOn(), "12 months from the referral on 17 December 2025");
    }
}
