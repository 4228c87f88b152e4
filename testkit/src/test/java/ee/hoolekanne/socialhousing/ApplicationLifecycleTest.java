package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.actionplan.PlanPart;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.Absence;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.socialhousing.Eligibility;
import ee.hoolekanne.domain.socialhousing.EligibilityFailure;
import ee.hoolekanne.domain.socialhousing.EndReason;
import ee.hoolekanne.domain.socialhousing.ExtensionRequest;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import ee.hoolekanne.domain.socialhousing.CopingAssessment;
import ee.hoolekanne.domain.socialhousing.HouseRuleBook;
import ee.hoolekanne.domain.socialhousing.HouseRuleBreach;
import ee.hoolekanne.domain.socialhousing.HouseRules;
import ee.hoolekanne.domain.socialhousing.MissingPart;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.socialhousing.Fixtures.CAL;
import static ee.hoolekanne.socialhousing.Fixtures.FAMILY;
import static ee.hoolekanne.socialhousing.Fixtures.JAAN;
import static ee.hoolekanne.socialhousing.Fixtures.LIIS;
import static ee.hoolekanne.socialhousing.Fixtures.MARI;
import static ee.hoolekanne.socialhousing.Fixtures.RULES;
import static ee.hoolekanne.socialhousing.Fixtures.SINGLE;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The social housing lifecycle, rule by rule, on the pure domain. */
class ApplicationLifecycleTest {

    private static <T> SocialHousingError refused(Either<SocialHousingError, T> result) {
        assertTrue(result.isLeft(), () -> "expected a refusal, got " + result);
        return result.getLeft();
    }

    @Nested
    @DisplayName("application and assessment")
    class ApplicationAndAssessment {

        @Test
        @DisplayName("TSM-6: an incomplete application reports every missing part at once, in the order of § 6")
        void everyMissingPart() {
            ApplicationForm form = SocialHousingCases.incompleteForm(SINGLE);
            Application app = orFail(Application.submit(new CaseId("c-1"), form, d("2026-01-05"), RULES));
            Application.Incomplete incomplete = assertInstanceOf(Application.Incomplete.class, app);
            assertEquals(List.of(MissingPart.SUPPORT_NETWORK, MissingPart.INCOME_AND_ASSETS,
                    MissingPart.SUPPORTING_DOCUMENTS), incomplete.missingParts());
            assertTrue(incomplete.openObligations(CAL, RULES).isEmpty(), "no decision term runs for an incomplete application");
        }

        @Test
        @DisplayName("TSM-6: a certificate of no infectious diseases is missing only where it is needed")
        void infectionCertificate() {
            ApplicationForm full = SocialHousingCases.completeForm(SINGLE);
            ApplicationForm needed = new ApplicationForm(SINGLE, full.contactData(), full.supportNetwork(), full.residenceOrStay(),
                    full.monthlyIncome(), full.assets(), full.socialCoping(), true, false, full.supportingDocuments());
            assertEquals(List.of(MissingPart.INFECTION_CERTIFICATE), needed.missingParts().getError().toJavaList());
            assertTrue(full.missingParts().isValid());
        }

        @Test
        @DisplayName("TSM-6: supplementing makes it complete, from which day the decision term runs; the applicant cannot change")
        void supplement() {
            Application.Incomplete incomplete = (Application.Incomplete) orFail(Application.submit(new CaseId("c-1"),
                    SocialHousingCases.incompleteForm(SINGLE), d("2025-12-10"), RULES));
            Application.Complete complete = assertInstanceOf(Application.Complete.class,
                    orFail(incomplete.supplement(SocialHousingCases.completeForm(SINGLE), d("2025-12-19"))));
            assertEquals(d("2025-12-19"), complete.completedOn());
            assertEquals(d("2025-12-10"), complete.submittedOn());
            assertInstanceOf(SocialHousingError.ApplicantChanged.class,
                    refused(incomplete.supplement(SocialHousingCases.completeForm(FAMILY), d("2025-12-19"))));
        }

        @Test
        @DisplayName("TSM-6: only an adult applies")
        void adultApplicant() {
            Household child = Household.single(LIIS);
            assertInstanceOf(SocialHousingError.ApplicantNotAdult.class, refused(Application.submit(new CaseId("c-1"),
                    SocialHousingCases.completeForm(child), d("2026-01-05"), RULES)));
        }

        @Test
        @DisplayName("TSM-7: the assessment rests on documents, interview, economic analysis and home visit")
        void assessmentBases() {
            Application.Complete complete = (Application.Complete) orFail(Application.submit(new CaseId("c-1"),
                    SocialHousingCases.completeForm(SINGLE), d("2026-01-05"), RULES));
            Assessment noVisit = new Assessment(d("2026-01-07"), "specialist",
                    EnumSet.of(AssessmentMethod.DOCUMENTS, AssessmentMethod.INTERVIEW, AssessmentMethod.ECONOMIC_ANALYSIS),
                    true, true, true, List.of());
            assertEquals(new SocialHousingError.AssessmentIncomplete(Set.of(AssessmentMethod.HOME_VISIT)), refused(complete.assess(noVisit)));
            Application.Assessed assessed = orFail(complete.assess(SocialHousingCases.assessment(d("2026-01-07"))));
            assertTrue(assessed.assessment().proposesGrant());
        }

        @Test
        @DisplayName("TSM-8: the committee decides within 10 working days of the complete application, across Christmas")
        void decisionDeadline() {
            Application.Assessed assessed = Fixtures.assessed(SINGLE, d("2025-12-19"), d("2025-12-22"));
            Deadline deadline = assessed.decisionDeadline(CAL, RULES);
            assertEquals(d("2026-01-08"), deadline.dueDate());
            assertEquals("TSM-8", deadline.legalBasis().get().ruleId());
            assertTrue(deadline.legalBasis().get().provision().endsWith("§ 7(2)"));
            assertEquals(List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, new CaseId("c-1"), Duty.COMMITTEE_DECISION, deadline)),
                    assessed.openObligations(CAL, RULES));
        }
    }

    @Nested
    @DisplayName("eligibility and placement")
    class EligibilityAndPlacement {

        @Test
        @DisplayName("TSM-2: residence in Tartu, no dwelling and a support need; every failed condition is reported")
        void eligibility() {
            Assessment none = new Assessment(d("2026-01-07"), "specialist", EnumSet.allOf(AssessmentMethod.class),
                    false, false, false, List.of(RefusalGround.REQUIREMENTS_NOT_MET));
            assertEquals(List.of(EligibilityFailure.RESIDENCE_ELSEWHERE, EligibilityFailure.HAS_DWELLING,
                            EligibilityFailure.NO_SUPPORT_NEED),
                    Eligibility.check(Option.some("Elva vald"), none, RULES).getError().toJavaList());
            assertEquals(List.of(EligibilityFailure.RESIDENCE_UNKNOWN),
                    Eligibility.check(Option.none(), SocialHousingCases.assessment(d("2026-01-07")), RULES).getError().toJavaList());
            assertTrue(Eligibility.check(Option.some("Tartu linn"), SocialHousingCases.assessment(d("2026-01-07")), RULES).isValid());
        }

        @Test
        @DisplayName("TSM-4 TSM-5: a single person gets a bed place; a family with a child under 18 a separate dwelling")
        void placementKind() {
            assertEquals(PlacementKind.BED_PLACE, SINGLE.placementKindOn(d("2026-01-05"), RULES.adultAge()));
            assertEquals(PlacementKind.SEPARATE_DWELLING, FAMILY.placementKindOn(d("2026-01-05"), RULES.adultAge()));
            // Liis turns 18 on 2033-09-30
            assertEquals(PlacementKind.SEPARATE_DWELLING, FAMILY.placementKindOn(d("2033-09-29"), RULES.adultAge()));
            assertEquals(PlacementKind.BED_PLACE, FAMILY.placementKindOn(d("2033-09-30"), RULES.adultAge()));
            assertEquals(List.of(MARI, JAAN), FAMILY.adultsOn(d("2026-01-05"), 18));
            assertFalse(FAMILY.toString().contains(MARI.value()), "a household never prints personal codes");
        }
    }

    @Nested
    @DisplayName("decisions")
    class Decisions {

        @Test
        @DisplayName("TSM-9 X-1: a grant names the dwelling and the service term, who decided, when and on what basis")
        void grant() {
            Application.Granted granted = Fixtures.granted(FAMILY, d("2026-01-12"), d("2026-07-24"));
            assertEquals(List.of(new UnitId("flat-1")), granted.units());
            assertEquals(d("2026-07-24"), granted.serviceEnd());
            Decision decision = granted.decision();
            assertEquals(SocialHousingCases.COMMITTEE, decision.madeBy());
            assertEquals(d("2026-01-12"), decision.madeOn());
            assertEquals("TSM-9", decision.legalBasis().get(0).ruleId());
            assertEquals(List.of(decision), granted.decisions());
        }

        @Test
        @DisplayName("TSM-9: a grant whose term ends before the decision is refused")
        void grantTermAfterDecision() {
            Application.Assessed assessed = Fixtures.assessed(SINGLE, d("2026-01-05"), d("2026-01-07"));
            assertInstanceOf(SocialHousingError.InvalidDates.class, refused(assessed.grant(
                    SocialHousingCases.grant("G", d("2026-01-12"), new UnitId("bed-1"), d("2026-01-10")),
                    Fixtures.eligible(d("2026-01-12")), Fixtures.RULES)));
        }

        @Test
        @DisplayName("TSM-10 X-1: a refusal names its grounds with their paragraphs; a termination ground is not a refusal ground")
        void refusal() {
            Application.Assessed assessed = Fixtures.assessed(SINGLE, d("2026-01-05"), d("2026-01-07"));
            Application.Refused refused = orFail(assessed.refuse(Fixtures.decision("R-1", d("2026-01-12"),
                    new Outcome.Refuse(List.of(RefusalGround.NEED_NOT_PROVEN, RefusalGround.OTHER_HELP_NEEDED)), Rule.TSM_10)));
            Outcome.Refuse outcome = (Outcome.Refuse) refused.decision().outcome();
            assertEquals("§ 7(4) 2)", outcome.grounds().get(0).provision());
            assertEquals("TSM-10", outcome.grounds().get(1).ruleId());
            assertInstanceOf(SocialHousingError.WrongOutcome.class, refused(assessed.refuse(Fixtures.decision("R-2",
                    d("2026-01-12"), new Outcome.Refuse(List.of(TerminationGround.UNPAID_FEES)), Rule.TSM_10))));
        }

        @Test
        @DisplayName("TSM-11: an eligible applicant is wait-listed, and a later decision grants and supersedes nothing it edits")
        void waitListThenGrant() {
            Application.Assessed assessed = Fixtures.assessed(SINGLE, d("2026-01-05"), d("2026-01-07"));
            Application.WaitListed waiting = orFail(assessed.waitList(Fixtures.decision("W-1", d("2026-01-12"),
                    new Outcome.WaitList(), Rule.TSM_11), Fixtures.eligible(d("2026-01-12"))));
            Decision waitDecision = waiting.decisions().get(0);
            Application.Granted granted = orFail(waiting.grant(SocialHousingCases.grant("G-1", d("2026-03-02"),
                    new UnitId("bed-1"), d("2026-09-02")), Fixtures.eligible(d("2026-03-02")), Fixtures.RULES));
            assertEquals(waitDecision, granted.decisions().get(0), "X-1: the earlier decision stays as it was");
            assertEquals(2, granted.decisions().size());
        }

        @Test
        @DisplayName("X-3: a delivery counts on its date in Europe/Tallinn")
        void deliveryDateInTallinn() {
            Delivery late = new Delivery(DeliveryMethod.ELECTRONIC, Instant.parse("2025-12-31T22:30:00Z"));
            assertEquals(d("2026-01-01"), late.date());
        }
    }

    @Nested
    @DisplayName("delivery, contract, start of use and lapse")
    class ContractAndLapse {

        @Test
        @DisplayName("TSM-15: a grant not delivered within 10 working days lapses; delivery after that is refused")
        void deliveryDeadline() {
            Application.Granted granted = Fixtures.granted(SINGLE, d("2025-12-19"), d("2026-06-30"));
            assertEquals(d("2026-01-08"), granted.deliveryDeadline(CAL, RULES).dueDate());
            assertInstanceOf(SocialHousingError.DeadlinePassed.class,
                    refused(granted.deliver(Fixtures.deliveredOn(d("2026-01-09")), CAL, RULES)));
            assertInstanceOf(SocialHousingError.DeadlineNotPassed.class, refused(granted.lapse(d("2026-01-08"), CAL, RULES)));
            Application.Lapsed lapsed = orFail(granted.lapse(d("2026-01-09"), CAL, RULES));
            assertEquals(Rule.TSM_15, lapsed.lapsedBy());
            assertEquals(d("2026-01-09"), lapsed.lapsedOn());
            assertTrue(lapsed.openObligations(CAL, RULES).isEmpty());
        }

        @Test
        @DisplayName("TSM-13: no contract within 10 working days of receiving the decision: it lapses")
        void contractDeadline() {
            Application.Granted granted = Fixtures.granted(FAMILY, d("2025-12-19"), d("2026-06-30"));
            Application.Delivered delivered = orFail(granted.deliver(Fixtures.deliveredOn(d("2025-12-22")), CAL, RULES));
            assertEquals(d("2026-01-09"), delivered.contractDeadline(CAL, RULES).dueDate());
            ServiceContract late = new ServiceContract("C-1", ShelterProvider.TURVAKODU, List.of(MARI, JAAN),
                    d("2026-01-12"), d("2026-01-12"), d("2026-06-30"));
            assertInstanceOf(SocialHousingError.DeadlinePassed.class, refused(delivered.signContract(late, CAL, RULES)));
            assertEquals(Rule.TSM_13, orFail(delivered.lapse(d("2026-01-10"), CAL, RULES)).lapsedBy());
        }

        @Test
        @DisplayName("TSM-12: a Turvakodu contract is signed by every adult applicant of the shared dwelling")
        void signatories() {
            Application.Granted granted = Fixtures.granted(FAMILY, d("2026-01-12"), d("2026-07-24"));
            Application.Delivered delivered = orFail(granted.deliver(Fixtures.deliveredOn(d("2026-01-12")), CAL, RULES));
            ServiceContract onlyMari = new ServiceContract("C-1", ShelterProvider.TURVAKODU, List.of(MARI),
                    d("2026-01-13"), d("2026-01-15"), d("2026-07-24"));
            assertEquals(new SocialHousingError.MissingSignatories(1), refused(delivered.signContract(onlyMari, CAL, RULES)));
            ServiceContract both = new ServiceContract("C-1", ShelterProvider.TURVAKODU, List.of(MARI, JAAN),
                    d("2026-01-13"), d("2026-01-15"), d("2026-07-24"));
            assertInstanceOf(Application.Contracted.class, orFail(delivered.signContract(both, CAL, RULES)));
            ServiceContract shelter = new ServiceContract("C-2", ShelterProvider.VARJUPAIK, List.of(MARI),
                    d("2026-01-13"), d("2026-01-15"), d("2026-07-24"));
            assertInstanceOf(Application.Contracted.class, orFail(delivered.signContract(shelter, CAL, RULES)));
        }

        @Test
        @DisplayName("TSM-14: use not started within 10 working days of the contract's start date: the decision lapses, the contract ends")
        void startOfUseDeadline() {
            Application.Granted granted = Fixtures.granted(SINGLE, d("2025-12-29"), d("2026-06-30"));
            Application.Delivered delivered = orFail(granted.deliver(Fixtures.deliveredOn(d("2025-12-30")), CAL, RULES));
            Application.Contracted contracted = orFail(delivered.signContract(new ServiceContract("C-1",
                    ShelterProvider.VARJUPAIK, List.of(Fixtures.PEETER), d("2026-01-02"), d("2026-01-05"), d("2026-06-30")), CAL, RULES));
            assertEquals(d("2026-01-19"), contracted.startOfUseDeadline(CAL, RULES).dueDate());
            assertInstanceOf(SocialHousingError.DeadlinePassed.class, refused(contracted.startUse(d("2026-01-20"), CAL, RULES)));
            assertInstanceOf(SocialHousingError.InvalidDates.class, refused(contracted.startUse(d("2026-01-02"), CAL, RULES)));
            assertEquals(Rule.TSM_14, orFail(contracted.lapse(d("2026-01-20"), CAL, RULES)).lapsedBy());
            assertEquals(d("2026-01-19"), orFail(contracted.startUse(d("2026-01-19"), CAL, RULES)).useStartedOn());
        }
    }

    @Nested
    @DisplayName("running service")
    class Running {

        @Test
        @DisplayName("TSM-16: the action plan is due one month after signing and stays an open obligation until drawn up")
        void actionPlanDue() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            Deadline due = running.actionPlanDeadline(CAL, RULES);
            assertEquals(d("2026-02-13"), due.dueDate());
            assertTrue(running.openObligations(CAL, RULES).stream().anyMatch(o -> o.deadline().equals(due)));
            Application.InService planned = orFail(running.drawUpActionPlan(SocialHousingCases.planDraft(d("2026-02-02"))));
            assertTrue(planned.openObligations(CAL, RULES).stream().noneMatch(o -> o.deadline().equals(due)));
        }

        @Test
        @DisplayName("TSM-17: an action plan missing parts reports every missing part; a goal without activities lacks part 7")
        void actionPlanParts() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            ActionPlanDraft draft = new ActionPlanDraft(d("2026-02-02"), true, Option.some("data"), Option.none(),
                    Option.some("problems"), Option.some(" "), Option.some("factors"),
                    List.of(Goal.of("g", "a goal", List.of())), Option.none(), Option.some(d("2026-04-01")), Option.none());
            assertEquals(new SocialHousingError.ActionPlanIncomplete(List.of(PlanPart.CASE_DESCRIPTION, PlanPart.RESOURCES,
                    PlanPart.ACTIVITIES, PlanPart.COOPERATION_AGREEMENT, PlanPart.EVALUATION_SCHEDULE)),
                    refused(running.drawUpActionPlan(draft)));
        }

        @Test
        @DisplayName("X-4 TSM-16: a second action plan is refused and the first stays as it was")
        void secondPlanRefused() {
            Application.InService planned = orFail(Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"))
                    .drawUpActionPlan(SocialHousingCases.planDraft(d("2026-02-02"))));
            assertInstanceOf(SocialHousingError.ActionPlanAlreadyExists.class,
                    refused(planned.drawUpActionPlan(SocialHousingCases.planDraft(d("2026-02-05")))));
            assertEquals(d("2026-02-02"), planned.actionPlan().get().drawnUpOn());
        }

        @Test
        @DisplayName("TSM-18: the action plan records that the recipient took part in drawing it up")
        void participation() {
            Application.InService planned = orFail(Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"))
                    .drawUpActionPlan(SocialHousingCases.planDraft(d("2026-02-02"))));
            assertTrue(planned.actionPlan().get().recipientParticipated());
        }

        @Test
        @DisplayName("TSM-20 TSM-22: an absence of more than 10 consecutive days without notice is a ground for early termination")
        void absences() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            Application.InService tenDays = orFail(running.recordAbsence(new Absence(d("2026-03-02"), d("2026-03-11"), Option.none())));
            assertFalse(tenDays.terminationGroundsOn(d("2026-03-20"), CAL, RULES).contains(TerminationGround.UNNOTIFIED_ABSENCE));
            Application.InService notified = orFail(running.recordAbsence(new Absence(d("2026-03-02"), d("2026-03-20"),
                    Option.some(d("2026-03-01")))));
            assertFalse(notified.terminationGroundsOn(d("2026-03-25"), CAL, RULES).contains(TerminationGround.UNNOTIFIED_ABSENCE));
            Application.InService elevenDays = orFail(running.recordAbsence(new Absence(d("2026-03-02"), d("2026-03-12"), Option.none())));
            assertTrue(elevenDays.terminationGroundsOn(d("2026-03-20"), CAL, RULES).contains(TerminationGround.UNNOTIFIED_ABSENCE));
            assertInstanceOf(SocialHousingError.InvalidDates.class,
                    refused(running.recordAbsence(new Absence(d("2026-01-01"), d("2026-01-03"), Option.none()))));
        }

        @Test
        @DisplayName("TSM-20: a family change is notified within 10 working days; unnotified it is an open obligation, late it is a breach")
        void familyChange() {
            Application.InService running = Fixtures.running(FAMILY, d("2026-01-12"), d("2026-07-24"));
            Household withoutJaan = new Household(MARI, List.of(LIIS));
            Application.InService unnotified = orFail(running.recordFamilyChange(
                    new FamilyChange(d("2026-02-02"), withoutJaan, Option.none())));
            Obligation notice = unnotified.openObligations(CAL, RULES).stream()
                    .filter(o -> o.deadline().legalBasis().get().ruleId().equals("TSM-20")).findFirst().orElseThrow();
            assertEquals(d("2026-02-16"), notice.deadline().dueDate());
            assertEquals(withoutJaan, unnotified.household());
            Application.InService late = orFail(running.recordFamilyChange(
                    new FamilyChange(d("2026-02-02"), withoutJaan, Option.some(d("2026-02-20")))));
            assertTrue(late.terminationGroundsOn(d("2026-02-20"), CAL, RULES).contains(TerminationGround.BREACH_OF_OBLIGATIONS));
            Application.InService onTime = orFail(running.recordFamilyChange(
                    new FamilyChange(d("2026-02-02"), withoutJaan, Option.some(d("2026-02-16")))));
            assertFalse(onTime.terminationGroundsOn(d("2026-02-20"), CAL, RULES).contains(TerminationGround.BREACH_OF_OBLIGATIONS));
            assertInstanceOf(SocialHousingError.ApplicantChanged.class, refused(running.recordFamilyChange(
                    new FamilyChange(d("2026-02-02"), new Household(JAAN, List.of(LIIS)), Option.none()))));
        }

        @Test
        @DisplayName("TSM-19 TSM-22: a house-rule breach names a rule in force at the contract's provider and informs the committee's grounds")
        void houseRules() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            HouseRules first = new HouseRules(ShelterProvider.TURVAKODU, "käskkiri nr 1-4/7", d("2025-01-01"),
                    List.of(new HouseRules.Rule("4", "quiet hours 22-7"), new HouseRules.Rule("5", "no alcohol")));
            HouseRules second = new HouseRules(ShelterProvider.TURVAKODU, "käskkiri nr 1-4/19", d("2026-03-01"),
                    List.of(new HouseRules.Rule("4", "quiet hours 23-7")));
            HouseRules shelters = new HouseRules(ShelterProvider.VARJUPAIK, "käskkiri nr 2", d("2020-01-01"),
                    List.of(new HouseRules.Rule("9", "visitors until 20")));
            HouseRuleBook book = new HouseRuleBook(List.of(second, shelters, first));
            assertEquals(new SocialHousingError.NoHouseRules(ShelterProvider.TURVAKODU, d("2026-02-10")),
                    refused(running.recordHouseRuleBreach(new HouseRuleBreach(d("2026-02-10"), "käskkiri nr 1-4/7", "4"), HouseRuleBook.none())));
            assertEquals(new SocialHousingError.UnknownHouseRule("käskkiri nr 1-4/7", "9"),
                    refused(running.recordHouseRuleBreach(new HouseRuleBreach(d("2026-02-10"), "käskkiri nr 1-4/7", "9"), book)),
                    "rule 9 is the Varjupaik's, not the Turvakodu's of the contract");
            assertEquals(new SocialHousingError.UnknownHouseRule("käskkiri nr 1-4/19", "5"),
                    refused(running.recordHouseRuleBreach(new HouseRuleBreach(d("2026-03-02"), "käskkiri nr 1-4/7", "5"), book)),
                    "from 1 March the later directive binds, and it has no rule 5");
            Application.InService breached = orFail(running.recordHouseRuleBreach(
                    new HouseRuleBreach(d("2026-02-10"), "käskkiri nr 1-4/7", "5"), book));
            assertEquals(1, breached.houseRuleBreaches().size());
            assertEquals(List.of(TerminationGround.HOUSE_RULES_BROKEN), breached.terminationGroundsOn(d("2026-02-11"), CAL, RULES));
        }

        @Test
        @DisplayName("TSM-24: the pre-expiry assessment is due one month before the term ends, on the previous working day")
        void preExpiryDeadline() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            Deadline deadline = running.preExpiryAssessmentDeadline(CAL, RULES);
            assertEquals(d("2026-06-24"), deadline.nominalDate(), "Midsummer Day");
            assertEquals(d("2026-06-22"), deadline.dueDate(), "23 June is Victory Day: back to Monday 22 June");
            assertTrue(running.openObligations(CAL, RULES).stream().anyMatch(o -> o.deadline().equals(deadline)));
        }
    }

    @Nested
    @DisplayName("ending and extension")
    class Ending {

        @Test
        @DisplayName("TSM-21: the service ends when its term expires, not before")
        void expiry() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            assertEquals(new SocialHousingError.NotYetExpired(d("2026-07-24")), refused(running.expire(d("2026-07-24"))));
            Application.Ended ended = orFail(running.expire(d("2026-07-25")));
            assertEquals(EndReason.EXPIRED, ended.reason());
            assertEquals(d("2026-07-24"), ended.lastDay());
            assertTrue(ended.endingDecision().isEmpty());
        }

        @Test
        @DisplayName("TSM-22 X-1: the committee ends the service early on named grounds")
        void earlyTermination() {
            Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
            Decision decision = Fixtures.decision("T-1", d("2026-03-02"),
                    new Outcome.Terminate(List.of(TerminationGround.UNPAID_FEES, TerminationGround.HOUSE_RULES_BROKEN),
                            d("2026-03-31")), Rule.TSM_22);
            Application.Ended ended = orFail(running.terminate(decision, SubsistenceLevels.estonia(), Fixtures.RULES));
            assertEquals(EndReason.TERMINATED_EARLY, ended.reason());
            assertEquals(Option.some(decision), ended.endingDecision());
            assertEquals(decision, ended.decisions().get(ended.decisions().size() - 1));
            assertInstanceOf(SocialHousingError.WrongOutcome.class, refused(running.terminate(Fixtures.decision("T-2",
                    d("2026-03-02"), new Outcome.Terminate(List.of(RefusalGround.UNABLE_TO_USE), d("2026-03-31")), Rule.TSM_22), SubsistenceLevels.estonia(),
                    Fixtures.RULES)));
        }

        @Test
        @DisplayName("TSM-23: ending because the goals are met requires every goal achieved and a coping assessment finding all three conditions")
        void goalsMet() {
            Application.InService planned = orFail(Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"))
                    .drawUpActionPlan(SocialHousingCases.planDraft(d("2026-02-02"))));
            Decision decision = Fixtures.decision("T-1", d("2026-05-04"),
                    new Outcome.Terminate(List.of(TerminationGround.GOALS_MET), d("2026-05-31")), Rule.TSM_23);
            assertInstanceOf(SocialHousingError.GoalsNotMet.class, refused(planned.terminate(decision, SubsistenceLevels.estonia(), Fixtures.RULES)));
            Application.InService achieved = planned;
            for (String goal : List.of("budget", "dwelling")) {
                achieved = orFail(achieved.evaluateGoal(goal, new Evaluation(Evaluation.Kind.FOLLOW_UP, GoalStatus.ACHIEVED,
                        "evidence", "shelter counsellor", d("2026-04-30"))));
            }
            assertEquals(new SocialHousingError.CopingNotShown(List.of("coping assessed before the decision")),
                    refused(achieved.terminate(decision, SubsistenceLevels.estonia(), Fixtures.RULES)), "goals met alone are not enough");
            Application.InService notYet = orFail(achieved.assessCoping(new CopingAssessment(d("2026-04-30"), true, false, true)));
            assertEquals(new SocialHousingError.CopingNotShown(List.of("can meet the obligations of using a dwelling")),
                    refused(notYet.terminate(decision, SubsistenceLevels.estonia(), Fixtures.RULES)));
            Application.InService copes = orFail(notYet.assessCoping(new CopingAssessment(d("2026-05-04"), true, true, true)));
            Application.Ended ended = orFail(copes.terminate(decision, SubsistenceLevels.estonia(), Fixtures.RULES));
            assertEquals(EndReason.GOALS_MET, ended.reason());
            assertEquals(copes.copingAssessment(), ended.copingAssessment(), "the ended case keeps the assessment its end rests on");
            Decision earlier = Fixtures.decision("T-0", d("2026-05-01"),
                    new Outcome.Terminate(List.of(TerminationGround.GOALS_MET), d("2026-05-31")), Rule.TSM_23);
            Application.InService assessedLater = orFail(achieved.assessCoping(new CopingAssessment(d("2026-05-04"), true, true, true)));
            assertInstanceOf(SocialHousingError.CopingNotShown.class, refused(assessedLater.terminate(earlier, SubsistenceLevels.estonia(),
                    Fixtures.RULES)), "the assessment precedes the decision that rests on it");
            assertInstanceOf(SocialHousingError.UnknownGoal.class, refused(planned.evaluateGoal("nope",
                    new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS, "e", "c", d("2026-04-30")))));
        }

        @Test
        @DisplayName("TSM-25: extension needs the pre-expiry finding that the need continues and an adult's application")
        void extension() {
            Application.InService running = Fixtures.running(FAMILY, d("2026-01-12"), d("2026-07-24"));
            Decision extend = Fixtures.decision("E-1", d("2026-07-06"), new Outcome.Extend(d("2027-01-24")), Rule.TSM_25);
            ExtensionRequest byJaan = new ExtensionRequest(d("2026-06-29"), ShelterProvider.TURVAKODU, JAAN, d("2027-01-24"));
            assertInstanceOf(SocialHousingError.ExtensionNotJustified.class, refused(running.extend(extend, byJaan, RULES)));
            Application.InService assessed = orFail(running.assessBeforeExpiry(
                    new PreExpiryAssessment(d("2026-06-22"), ShelterProvider.TURVAKODU, "no rental found yet", false, true)));
            assertInstanceOf(SocialHousingError.ExtensionNotJustified.class, refused(assessed.extend(extend,
                    new ExtensionRequest(d("2026-06-29"), ShelterProvider.TURVAKODU, LIIS, d("2027-01-24")), RULES)), "a child cannot apply");
            Application.InService extended = orFail(assessed.extend(extend, byJaan, RULES));
            assertEquals(d("2027-01-24"), extended.serviceEnd());
            assertEquals(d("2027-01-24"), extended.contract().endDate());
            assertTrue(extended.preExpiryAssessment().isEmpty(), "the new term needs its own assessment");
            assertEquals(d("2026-12-24"), extended.preExpiryAssessmentDeadline(CAL, RULES).nominalDate());
            assertEquals(d("2026-12-23"), extended.preExpiryAssessmentDeadline(CAL, RULES).dueDate());
            assertEquals(2, extended.decisions().size(), "X-1: the grant and the extension, both kept");
        }
    }
}
