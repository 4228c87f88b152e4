package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.OfficeHours;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.TermEnd;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.AreaCentres;
import ee.hoolekanne.domain.socialhousing.EndReason;
import ee.hoolekanne.domain.socialhousing.ExtensionRequest;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import ee.hoolekanne.domain.socialhousing.HouseRuleBook;
import ee.hoolekanne.domain.socialhousing.HouseRuleBreach;
import ee.hoolekanne.domain.socialhousing.HouseRules;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.port.in.socialhousing.*;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ee.hoolekanne.socialhousing.Fixtures.CAL;
import static ee.hoolekanne.socialhousing.Fixtures.FAMILY;
import static ee.hoolekanne.socialhousing.Fixtures.JAAN;
import static ee.hoolekanne.socialhousing.Fixtures.LIIS;
import static ee.hoolekanne.socialhousing.Fixtures.MARI;
import static ee.hoolekanne.socialhousing.Fixtures.PEETER;
import static ee.hoolekanne.socialhousing.Fixtures.RULES;
import static ee.hoolekanne.socialhousing.Fixtures.SINGLE;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the Tartu regulation the rule-by-rule audit found unfaithful, as the catalogue now
 * states them: through the domain and through the use cases on the in-memory adapters. Each test
 * fails on the behaviour before the audit.
 */
class SocialHousingLegalFidelityTest {

    private static final String STOCK = "tartu-stock";
    private static final CaseId CASE = new CaseId("2026-SH-7");
    private static final HouseRules VARJUPAIK_RULES = new HouseRules(ShelterProvider.VARJUPAIK, "käskkiri nr 1-3/4",
            d("2025-06-01"), List.of(new HouseRules.Rule("2.1", "no alcohol on the premises"), new HouseRules.Rule("3.4", "quiet from 23")));

    private static SocialHousingError refused(io.vavr.control.Either<SocialHousingError, ?> result) {
        return result.getLeft();
    }

    /** The in-memory adapters with Peeter living in Annelinn, Tartu, and one free bed place. */
    private static InMemoryAdapters adapters() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-01-05"));
        memory.register().register(PEETER, d("2015-01-01"), "Tartu linn", "Annelinn");
        HousingStock stock = orFail(HousingStock.empty(STOCK).withUnit(HousingUnit.bedPlace("bed-1", "Uus 10", "room 2")));
        orFail(memory.housingStocks().save(STOCK, stock, 0));
        return memory;
    }

    /** Peeter's case, through the use cases, running at the Varjupaik from 7 January 2026 to 30 June 2026. */
    private static SocialHousingService running(InMemoryAdapters memory, SocialHousingSettings settings) {
        SocialHousingService service = memory.socialHousing(settings);
        ok(service.submitApplication(new SubmitApplicationCommand(CASE, SocialHousingCases.completeForm(SINGLE), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(CASE, SocialHousingCases.assessment(d("2026-01-06")))));
        ok(service.decideApplication(new DecideApplicationCommand(CASE, new DecisionId("K-1"), SocialHousingCases.COMMITTEE,
                d("2026-01-06"), new Outcome.Grant(new UnitId("bed-1"), d("2026-06-30")), SocialHousingCases.reasons(d("2026-01-06")))));
        ok(service.deliverDecision(new DeliverDecisionCommand(CASE, Fixtures.deliveredOn(d("2026-01-06")))));
        ok(service.signContract(new SignContractCommand(CASE, new ServiceContract("V-7", ShelterProvider.VARJUPAIK, List.of(PEETER),
                d("2026-01-07"), d("2026-01-07"), d("2026-06-30")))));
        ok(service.startUse(new StartUseCommand(CASE, d("2026-01-07"))));
        return service;
    }

    private static SocialHousingSettings tartu() {
        return SocialHousingSettings.tartu(STOCK, "tartu-waiting");
    }

    private static Application stored(InMemoryAdapters memory) {
        return memory.applications().load(CASE).get().get().value();
    }

    @Test
    @DisplayName("TSM-6: an application filed at another area centre than the one of the applicant's residence is refused and nothing is stored")
    void filedAtTheAreaCentreOfResidence() {
        AreaCentres centres = AreaCentres.of(Map.of("Annelinna keskus", Set.of("Annelinn", "Ihaste"), "Karlova keskus", Set.of("Karlova")));
        InMemoryAdapters memory = adapters();
        SocialHousingService service = memory.socialHousing(tartu().withAreaCentres(centres));
        assertEquals(new SocialHousingError.WrongAreaCentre("Annelinna keskus", "Karlova keskus"), refusal(service.submitApplication(
                new SubmitApplicationCommand(CASE, SocialHousingCases.completeForm(SINGLE), d("2026-01-05"), "Karlova keskus"))));
        assertTrue(memory.applications().load(CASE).get().isEmpty(), "a refused application stores nothing");
        Application filed = ok(service.submitApplication(
                new SubmitApplicationCommand(CASE, SocialHousingCases.completeForm(SINGLE), d("2026-01-05"), "Annelinna keskus")));
        assertEquals("TSM-6, filed at Annelinna keskus", filed.events().get(0).detail(), "where it was filed is in the history");
        assertFalse(new SocialHousingError.WrongAreaCentre("Annelinna keskus", "Karlova keskus").message().contains("Annelinna"),
                "the message does not say where the applicant lives");
    }

    @Test
    @DisplayName("TSM-6: without the city's area centres in the settings, where an application was filed is recorded, not checked")
    void areaCentresNotGiven() {
        InMemoryAdapters memory = adapters();
        Application filed = ok(memory.socialHousing(tartu()).submitApplication(
                new SubmitApplicationCommand(CASE, SocialHousingCases.completeForm(SINGLE), d("2026-01-05"), "Karlova keskus")));
        assertEquals("TSM-6, filed at Karlova keskus", filed.events().get(0).detail());
    }

    @Test
    @DisplayName("TSM-18, TSM-20 3): an action plan drawn up without the recipient taking part is refused through the use case and writes nothing")
    void actionPlanWithTheRecipient() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = running(memory, tartu());
        Application before = stored(memory);
        ActionPlanDraft with = SocialHousingCases.planDraft(d("2026-01-20"));
        ActionPlanDraft without = new ActionPlanDraft(with.drawnUpOn(), false, with.recipientData(), with.caseDescription(),
                with.problems(), with.resources(), with.hinderingFactors(), with.goals(), with.cooperationAgreement(),
                with.interimEvaluationOn(), with.followUpEvaluationOn());
        assertEquals(new SocialHousingError.RecipientNotInvolved(), refusal(service.drawUpActionPlan(new DrawUpActionPlanCommand(CASE, without))));
        assertEquals(before, stored(memory));
        assertTrue(((Application.InService) ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(CASE, with)))).actionPlan().isDefined());
    }

    @Test
    @DisplayName("TSM-3: the service is a dwelling for the whole term, used under the contract, and a case plan whose action plan says what is done, when and by whom")
    void serviceContent() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = running(memory, tartu());
        HousingStock stock = memory.housingStocks().load(STOCK).get().get().value();
        assertEquals(List.of(new ee.hoolekanne.domain.housing.Allocation(new UnitId("bed-1"), CASE, d("2026-01-06"), d("2026-06-30"))),
                stock.allocations(), "the bed place is the recipient's from the decision to the last day of the term");
        Application.InService running = (Application.InService) stored(memory);
        assertEquals(running.serviceEnd(), running.contract().endDate(), "used under the contract for the term");
        ActionPlanDraft draft = SocialHousingCases.planDraft(d("2026-01-20"));
        ActionPlanDraft noTimetable = new ActionPlanDraft(draft.drawnUpOn(), true, draft.recipientData(), draft.caseDescription(),
                draft.problems(), draft.resources(), draft.hinderingFactors(), List.of(), draft.cooperationAgreement(),
                draft.interimEvaluationOn(), draft.followUpEvaluationOn());
        assertInstanceOf(SocialHousingError.ActionPlanIncomplete.class,
                refusal(service.drawUpActionPlan(new DrawUpActionPlanCommand(CASE, noTimetable))), "no goals, no activities: no plan");
        Application.InService planned = (Application.InService) ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(CASE, draft)));
        assertTrue(planned.actionPlan().get().goals().stream().flatMap(g -> g.activities().stream())
                .allMatch(a -> !a.until().isBefore(a.from()) && !a.doneBy().isBlank()), "each activity has its timetable and who does it");
        assertTrue(planned.actionPlan().get().recipientParticipated(), "support and guidance with the plan, drawn up with the recipient");
    }

    @Test
    @DisplayName("TSM-19: through the use case a breach is refused while the settings hold no house rules, and recorded against the provider's rules in force")
    void houseRulesThroughTheUseCase() {
        InMemoryAdapters memory = adapters();
        SocialHousingService without = running(memory, tartu());
        HouseRuleBreach breach = new HouseRuleBreach(d("2026-02-03"), "käskkiri nr 1-3/4", "2.1");
        assertEquals(new SocialHousingError.NoHouseRules(ShelterProvider.VARJUPAIK, d("2026-02-03")),
                refusal(without.recordHouseRuleBreach(new RecordHouseRuleBreachCommand(CASE, breach))));
        SocialHousingService with = memory.socialHousing(tartu().withHouseRules(new HouseRuleBook(List.of(VARJUPAIK_RULES))));
        assertInstanceOf(SocialHousingError.UnknownHouseRule.class, refusal(with.recordHouseRuleBreach(new RecordHouseRuleBreachCommand(CASE,
                new HouseRuleBreach(d("2026-02-03"), "käskkiri nr 1-3/4", "7.7")))));
        Application.InService recorded = (Application.InService) ok(with.recordHouseRuleBreach(new RecordHouseRuleBreachCommand(CASE, breach)));
        assertEquals(List.of(breach), recorded.houseRuleBreaches());
        assertEquals(List.of(TerminationGround.HOUSE_RULES_BROKEN), recorded.terminationGroundsOn(d("2026-02-04"), CAL, RULES));
    }

    @Test
    @DisplayName("TSM-22: the grounds of § 13(2) are an open list: the committee ends the service on a ground in its own words resting on TSM-22, through the use case")
    void openListOfGrounds() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = running(memory, tartu());
        StatedGround ownWords = new StatedGround(Rule.TSM_22, "§ 13(2)", "moved into a care home");
        StatedGround wrongRule = new StatedGround(Rule.TSM_10, "§ 7(4)", "needs other help");
        assertEquals(new SocialHousingError.NotAnEarlyEndGround("TSM-10"), refusal(service.terminateService(new TerminateServiceCommand(CASE,
                new DecisionId("K-9"), SocialHousingCases.COMMITTEE, d("2026-03-02"), List.of(wrongRule), d("2026-03-15"), SocialHousingCases.reasons(d("2026-03-02"))))));
        Application.Ended ended = (Application.Ended) ok(service.terminateService(new TerminateServiceCommand(CASE,
                new DecisionId("K-9"), SocialHousingCases.COMMITTEE, d("2026-03-02"), List.of(ownWords), d("2026-03-15"), SocialHousingCases.reasons(d("2026-03-02")))));
        assertEquals(EndReason.TERMINATED_EARLY, ended.reason());
        Decision decision = ended.endingDecision().get();
        assertEquals(List.of(ownWords), ((Outcome.Terminate) decision.outcome()).grounds());
        assertEquals("TSM-22", decision.legalBasis().get(0).ruleId(), "the decision cites § 13(2)");
        assertTrue(memory.housingStocks().load(STOCK).get().get().value().isFree(new UnitId("bed-1"), d("2026-03-16"), d("2026-06-30")));
    }

    @Test
    @DisplayName("TSM-24, TSM-25: the pre-expiry assessment and the opinion to continue come from the provider of the contract, not any shelter")
    void theProviderOfTheContract() {
        Application.InService atTurvakodu = Fixtures.running(FAMILY, d("2026-01-12"), d("2026-07-24"));
        assertEquals(new SocialHousingError.WrongProvider(ShelterProvider.TURVAKODU, ShelterProvider.VARJUPAIK),
                refused(atTurvakodu.assessBeforeExpiry(new PreExpiryAssessment(d("2026-06-22"), ShelterProvider.VARJUPAIK, "none", false, true))));
        Application.InService assessed = orFail(atTurvakodu.assessBeforeExpiry(
                new PreExpiryAssessment(d("2026-06-22"), ShelterProvider.TURVAKODU, "no rental found yet", false, true)));
        Decision extend = Fixtures.decision("E-1", d("2026-07-06"), new Outcome.Extend(d("2027-01-24")), Rule.TSM_25);
        assertEquals(new SocialHousingError.WrongProvider(ShelterProvider.TURVAKODU, ShelterProvider.VARJUPAIK),
                refused(assessed.extend(extend, new ExtensionRequest(d("2026-06-29"), ShelterProvider.VARJUPAIK, JAAN, d("2027-01-24")), RULES)));
        assertEquals(d("2027-01-24"), orFail(assessed.extend(extend,
                new ExtensionRequest(d("2026-06-29"), ShelterProvider.TURVAKODU, JAAN, d("2027-01-24")), RULES)).serviceEnd());
    }

    @Test
    @DisplayName("CAL-9: notifying the provider of a family change is an act at the provider: the term ends when its working day ends, three hours earlier on a shortened day, and explain() says so")
    void familyChangeNoticeEndsAtTheProvidersClosingTime() {
        Application.InService atTurvakodu = Fixtures.running(FAMILY, d("2026-01-12"), d("2026-12-31"));
        Application.InService changed = orFail(atTurvakodu.recordFamilyChange(
                new FamilyChange(d("2026-06-08"), new Household(MARI, List.of(LIIS)), Option.none())));
        Obligation notice = changed.openObligations(SocialHousingSchedule.tartu()).stream()
                .filter(o -> o.duty() == Duty.NOTIFY_FAMILY_CHANGE).findFirst().orElseThrow();
        Deadline deadline = notice.deadline();
        // 10 working days from Monday 8 June 2026: Monday 22 June, the day before Victory Day: a shortened day
        assertEquals(d("2026-06-22"), deadline.dueDate());
        assertEquals(new TermEnd.OfficeClose("Tartu Laste Turvakodu", LocalTime.of(14, 0)), deadline.endsAt());
        assertTrue(deadline.isMetAt(d("2026-06-22").atTime(13, 59)));
        assertFalse(deadline.isMetAt(d("2026-06-22").atTime(14, 0)), "after the Turvakodu closed on the due date: late");
        assertTrue(deadline.explain().endsWith("The term ends at 14:00 on the due date, the end of the working day of "
                + "Tartu Laste Turvakodu, where the act is done (TsÜS § 137(2))."), deadline.explain());
    }

    @Test
    @DisplayName("CAL-6, CAL-9: a term ends at 24:00 unless its act is done at an institution; office hours are the institution's data, a deadline says which end applies")
    void midnightOrOfficeClose() {
        EstonianCalendar calendar = EstonianCalendar.standard();
        Deadline midnight = calendar.deadline(d("2026-03-02"), Term.workingDays(10), RULES.basis(Rule.TSM_8), "application complete");
        assertEquals(TermEnd.MIDNIGHT, midnight.endsAt());
        assertFalse(midnight.endsAtOfficeClose());
        assertTrue(midnight.isMetAt(midnight.dueDate().atTime(23, 59)));
        assertFalse(midnight.isMetAt(midnight.dueDate().plusDays(1).atTime(0, 0)));
        assertTrue(midnight.explain().endsWith("The term ends at 24:00 on the due date (TsÜS § 137(1))."), midnight.explain());
        OfficeHours office = OfficeHours.weekdays("Tartu Varjupaik", LocalTime.of(16, 30), Duration.ofHours(3));
        Deadline atOffice = midnight.atInstitution(office, calendar);
        assertEquals(midnight.dueDate(), atOffice.dueDate(), "office hours change the hour, not the day");
        assertEquals(new TermEnd.OfficeClose("Tartu Varjupaik", LocalTime.of(16, 30)), atOffice.endsAt());
        assertTrue(atOffice.endsAtOfficeClose());
        assertFalse(atOffice.isMetAt(atOffice.dueDate().atTime(16, 30)));
        assertEquals(LocalTime.of(13, 30), office.closingOn(d("2026-12-23"), calendar), "the day before Christmas Eve is shortened");
        assertEquals(LocalTime.MIDNIGHT, office.closingOn(d("2026-03-07"), calendar), "closed on a Saturday");
    }

    @Test
    @DisplayName("TSM-19, TSM-22 6): a recorded breach of a rule in force shows as a ground, and the committee ends the service on it")
    void earlyEndOnARecordedBreach() {
        Application.InService running = Fixtures.running(SINGLE, d("2026-01-12"), d("2026-07-24"));
        Application.InService breached = orFail(running.recordHouseRuleBreach(new HouseRuleBreach(d("2026-02-10"), "käskkiri nr 5", "1"),
                new HouseRuleBook(List.of(new HouseRules(ShelterProvider.TURVAKODU, "käskkiri nr 5", d("2026-01-01"),
                        List.of(new HouseRules.Rule("1", "no violence")))))));
        assertEquals(List.of(TerminationGround.HOUSE_RULES_BROKEN), breached.terminationGroundsOn(d("2026-02-11"), CAL, RULES));
        Application.Ended ended = orFail(breached.terminate(Fixtures.decision("T-5", d("2026-02-12"),
                new Outcome.Terminate(List.of(TerminationGround.HOUSE_RULES_BROKEN), d("2026-02-28")), Rule.TSM_22),
                SubsistenceLevels.estonia(), RULES));
        assertEquals(d("2026-02-28"), ended.lastDay());
        assertEquals(PlacementKind.BED_PLACE, ended.placementKind());
    }
}
