package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.socialhousing.Absence;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.CopingAssessment;
import ee.hoolekanne.domain.socialhousing.EndReason;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import ee.hoolekanne.domain.socialhousing.Payment;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.socialhousing.*;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.RelaySettings;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ee.hoolekanne.socialhousing.Fixtures.FAMILY;
import static ee.hoolekanne.socialhousing.Fixtures.JAAN;
import static ee.hoolekanne.socialhousing.Fixtures.LIIS;
import static ee.hoolekanne.socialhousing.Fixtures.MARI;
import static ee.hoolekanne.socialhousing.Fixtures.PEETER;
import static ee.hoolekanne.socialhousing.Fixtures.SINGLE;
import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.Results.failure;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One single person and one family through the whole Tartu service, from application to the end,
 * through the use cases and the in-memory adapters, with real dates across Christmas 2025 and
 * every deadline checked as the deadline watch shows it.
 */
class SocialHousingScenarioTest {

    private static final CaseId PEETERS_CASE = new CaseId("2025-SH-101");
    private static final CaseId FAMILY_CASE = new CaseId("2025-SH-102");
    private static final String STOCK = "tartu-shelter";

    private InMemoryAdapters ports;
    private SocialHousingService service;
    private DeadlineWatchService watch;

    @BeforeEach
    void setUp() {
        ports = InMemoryAdapters.create(d("2025-12-01"));
        ports.register().register(PEETER, d("2010-01-01"), "Tartu linn")
                .register(MARI, d("2018-05-01"), "Tartu linn");
        HousingStock stock = HousingStock.empty(STOCK);
        stock = orFail(stock.withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
        stock = orFail(stock.withUnit(HousingUnit.separateDwelling("flat-1", "Pikk 1-3")));
        // flat-1 is in use by an earlier family until the end of February
        stock = orFail(stock.allocate(new UnitId("flat-1"), PlacementKind.SEPARATE_DWELLING, new CaseId("2025-SH-001"),
                d("2025-09-01"), d("2026-02-28")));
        orFail(ports.housingStocks().save(STOCK, stock, 0));
        service = ports.socialHousing(SocialHousingSettings.tartu(STOCK, "tartu-waiting"));
        watch = ports.deadlineWatch(List.of(service));
    }

    private List<String> dueOn(LocalDate on, int lookahead) {
        return ok(watch.queryDeadlines(new QueryDeadlinesCommand(on, lookahead))).stream()
                .map(o -> o.caseId() + " " + o.deadline().legalBasis().get().ruleId() + " " + o.deadline().dueDate())
                .toList();
    }

    private DecideApplicationCommand decide(CaseId id, String decisionId, LocalDate on, Outcome outcome) {
        return new DecideApplicationCommand(id, new DecisionId(decisionId), SocialHousingCases.COMMITTEE, on, outcome, SocialHousingCases.reasons(on));
    }

    @Test
    @DisplayName("TSM-3 TSM-8 TSM-9 TSM-12 TSM-13 TSM-14 TSM-15 TSM-16 TSM-21 TSM-24: a single person from application to expiry across Christmas")
    void singlePerson() {
        ok(service.submitApplication(new SubmitApplicationCommand(PEETERS_CASE, SocialHousingCases.completeForm(SINGLE), d("2025-12-15"))));
        // TSM-8: 10 working days from Monday 15 Dec, skipping 24-26 Dec and the weekends: Friday 2 Jan
        assertEquals(List.of("2025-SH-101 TSM-8 2026-01-02"), dueOn(d("2025-12-31"), 1));
        ok(service.assessApplication(new AssessApplicationCommand(PEETERS_CASE, SocialHousingCases.assessment(d("2025-12-17")))));
        Application granted = ok(service.decideApplication(decide(PEETERS_CASE, "K-2025-77", d("2025-12-19"),
                new Outcome.Grant(new UnitId("bed-1"), d("2026-06-30")))));
        assertInstanceOf(Application.Granted.class, granted);
        // TSM-15: delivered within 10 working days of 19 Dec: by 8 Jan
        assertEquals(List.of("2025-SH-101 TSM-15 2026-01-08"), dueOn(d("2026-01-08"), 0));
        ok(service.deliverDecision(new DeliverDecisionCommand(PEETERS_CASE, Fixtures.deliveredOn(d("2025-12-22")))));
        // TSM-13: contract within 10 working days of receipt on 22 Dec: by 9 Jan
        assertEquals(List.of("2025-SH-101 TSM-13 2026-01-09"), dueOn(d("2026-01-09"), 0));
        ok(service.signContract(new SignContractCommand(PEETERS_CASE, new ServiceContract("V-2026-1", ShelterProvider.VARJUPAIK,
                List.of(PEETER), d("2026-01-05"), d("2026-01-05"), d("2026-06-30")))));
        // TSM-14: use from the contract's start date 5 Jan within 10 working days: by 19 Jan
        assertEquals(List.of("2025-SH-101 TSM-14 2026-01-19"), dueOn(d("2026-01-06"), 10));
        Application.InService running = (Application.InService) ok(service.startUse(new StartUseCommand(PEETERS_CASE, d("2026-01-07"))));
        // TSM-16: action plan within one month of signing on 5 Jan; TSM-24: one month before 30 June is Saturday 30 May -> Friday 29 May
        assertEquals(List.of("2025-SH-101 TSM-16 2026-02-05", "2025-SH-101 TSM-24 2026-05-29"), dueOn(d("2026-06-01"), 0));
        ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(PEETERS_CASE, SocialHousingCases.planDraft(d("2026-02-02")))));
        ok(service.chargeFee(new ChargeFeeCommand(PEETERS_CASE, YearMonth.of(2026, 1))));
        ok(service.chargeFee(new ChargeFeeCommand(PEETERS_CASE, YearMonth.of(2026, 2))));
        ok(service.recordPayment(new RecordPaymentCommand(PEETERS_CASE, new Payment(d("2026-02-10"), Money.euros("100.00")))));
        Application.InService charged = (Application.InService) ok(service.recordAbsence(new RecordAbsenceCommand(PEETERS_CASE,
                new Absence(d("2026-03-02"), d("2026-03-16"), Option.some(d("2026-02-27"))))));
        // January 25 of 31 days: 60.00 x 25/31 = 48.39; February 60.00; paid 100.00
        assertEquals(Money.euros("8.39"), charged.arrears());
        // TSM-3: a place to live, a case plan with an action plan, under a contract
        assertEquals(List.of(new UnitId("bed-1")), charged.units());
        assertTrue(charged.actionPlan().isDefined());
        assertEquals(List.of("2025-SH-101 TSM-24 2026-05-29"), dueOn(d("2026-05-29"), 0));
        ok(service.assessBeforeExpiry(new AssessBeforeExpiryCommand(PEETERS_CASE,
                new PreExpiryAssessment(d("2026-05-28"), ShelterProvider.VARJUPAIK, "rents a room from July", true, false))));
        assertEquals(List.of(), dueOn(d("2026-06-30"), 0));
        assertInstanceOf(SocialHousingError.NotYetExpired.class,
                refusal(service.expireService(new ExpireServiceCommand(PEETERS_CASE, d("2026-06-30")))));
        Application.Ended ended = (Application.Ended) ok(service.expireService(new ExpireServiceCommand(PEETERS_CASE, d("2026-07-01"))));
        assertEquals(EndReason.EXPIRED, ended.reason());
        HousingStock stock = ports.housingStocks().load(STOCK).get().get().value();
        assertTrue(stock.isFree(new UnitId("bed-1"), d("2026-07-01"), d("2026-12-31")), "TSM-21: the bed place is free after the term");
        assertTrue(running.id().equals(ended.id()) && ended.household().applicant().equals(PEETER));
    }

    @Test
    @DisplayName("TSM-2 TSM-5 TSM-6 TSM-11 TSM-12 TSM-18 TSM-20 TSM-23 X-1: a family waits for a dwelling, gets it and leaves with its goals met")
    void family() {
        Application incomplete = ok(service.submitApplication(new SubmitApplicationCommand(FAMILY_CASE,
                SocialHousingCases.incompleteForm(FAMILY), d("2025-12-01"))));
        assertInstanceOf(Application.Incomplete.class, incomplete);
        assertEquals(List.of(), dueOn(d("2025-12-31"), 0), "TSM-6: no decision term runs for an incomplete application");
        ok(service.supplementApplication(new SupplementApplicationCommand(FAMILY_CASE, SocialHousingCases.completeForm(FAMILY), d("2025-12-10"))));
        // TSM-8: 10 working days from 10 Dec: 29 Dec
        assertEquals(List.of("2025-SH-102 TSM-8 2025-12-29"), dueOn(d("2025-12-29"), 0));
        ok(service.assessApplication(new AssessApplicationCommand(FAMILY_CASE, SocialHousingCases.assessment(d("2025-12-12")))));
        // TSM-11: the only dwelling is taken until February: a grant is refused, the family waits
        assertInstanceOf(SocialHousingError.Stock.class, refusal(service.decideApplication(decide(FAMILY_CASE, "K-2025-80",
                d("2025-12-22"), new Outcome.Grant(new UnitId("flat-1"), d("2026-06-30"))))));
        assertInstanceOf(Application.Assessed.class, ports.applications().load(FAMILY_CASE).get().get().value(), "X-4: a refused command changes nothing");
        ok(service.decideApplication(decide(FAMILY_CASE, "K-2025-81", d("2025-12-22"), new Outcome.WaitList())));
        List<WaitingList.Position> waiting = ok(service.queryWaitingList(new QueryWaitingListCommand(PlacementKind.SEPARATE_DWELLING)));
        assertEquals("application complete 2025-12-10, listed 2025-12-22", waiting.get(0).reason());

        // the dwelling frees on 1 March: the family is told (TSM-11): the notice is in the outbox with the offer,
        // and the relay delivers it
        assertEquals(Option.some(FAMILY_CASE), ok(service.offerFreedPlace(new OfferFreedPlaceCommand(new UnitId("flat-1"), d("2026-03-02")))));
        assertTrue(ports.outbox().pending().get().stream().anyMatch(m -> m.notification().kind() == Notification.Kind.PLACE_FREED));
        ok(ports.relay(RelaySettings.standard()).deliverNotifications(new DeliverNotificationsCommand(50)));
        Notification told = ports.notifier().sent().get(ports.notifier().sent().size() - 1);
        assertEquals(Notification.Kind.PLACE_FREED, told.kind());
        assertEquals(MARI, told.recipient());
        assertEquals("social-housing/2025-SH-102/place-freed/flat-1/2026-03-02", told.key());

        Application.Granted granted = (Application.Granted) ok(service.decideApplication(decide(FAMILY_CASE, "K-2026-12",
                d("2026-03-03"), new Outcome.Grant(new UnitId("flat-1"), d("2026-09-30")))));
        assertEquals(PlacementKind.SEPARATE_DWELLING, granted.placementKind(), "TSM-5");
        assertEquals(Option.some(new DecisionId("K-2025-81")), granted.decision().supersedes(), "X-1: supersedes the wait-listing");
        assertEquals(List.of("K-2025-81", "K-2026-12"), granted.decisions().stream().map(x -> x.id().value()).toList());
        assertTrue(ok(service.queryWaitingList(new QueryWaitingListCommand(PlacementKind.SEPARATE_DWELLING))).isEmpty());

        ok(service.deliverDecision(new DeliverDecisionCommand(FAMILY_CASE, Fixtures.deliveredOn(d("2026-03-04")))));
        // TSM-12: the Children's Safe House contract needs both adults
        assertEquals(new SocialHousingError.MissingSignatories(1), refusal(service.signContract(new SignContractCommand(FAMILY_CASE,
                new ServiceContract("T-2026-3", ShelterProvider.TURVAKODU, List.of(MARI), d("2026-03-06"), d("2026-03-09"),
                        d("2026-09-30"))))));
        ok(service.signContract(new SignContractCommand(FAMILY_CASE, new ServiceContract("T-2026-3", ShelterProvider.TURVAKODU,
                List.of(MARI, JAAN), d("2026-03-06"), d("2026-03-09"), d("2026-09-30")))));
        ok(service.startUse(new StartUseCommand(FAMILY_CASE, d("2026-03-09"))));
        ok(service.recordAncillaryCosts(new RecordAncillaryCostsCommand(FAMILY_CASE, YearMonth.of(2026, 3), Money.euros("84.20"), "heating, water")));
        ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(FAMILY_CASE, SocialHousingCases.planDraft(d("2026-03-20")))));
        // TSM-20: Jaan moves out on 1 April; until notified, the notice is an open obligation, due 16 April
        // (10 working days: Good Friday, 3 April 2026, is not one)
        ok(service.recordFamilyChange(new RecordFamilyChangeCommand(FAMILY_CASE,
                new FamilyChange(d("2026-04-01"), new Household(MARI, List.of(LIIS)), Option.none()))));
        assertTrue(dueOn(d("2026-04-16"), 0).contains("2025-SH-102 TSM-20 2026-04-16"));
        for (String goal : List.of("budget", "dwelling")) {
            ok(service.evaluateGoal(new EvaluateGoalCommand(FAMILY_CASE, goal, new Evaluation(Evaluation.Kind.FOLLOW_UP,
                    GoalStatus.ACHIEVED, "rental contract signed", "Turvakodu counsellor", d("2026-06-10")))));
        }
        ok(service.assessCoping(new AssessCopingCommand(FAMILY_CASE, new CopingAssessment(d("2026-06-12"), true, true, true))));
        Application.Ended ended = (Application.Ended) ok(service.terminateService(new TerminateServiceCommand(FAMILY_CASE,
                new DecisionId("K-2026-40"), SocialHousingCases.COMMITTEE, d("2026-06-15"), List.of(TerminationGround.GOALS_MET),
                d("2026-06-30"), SocialHousingCases.reasons(d("2026-06-15")))));
        assertEquals(EndReason.GOALS_MET, ended.reason());
        assertTrue(ports.housingStocks().load(STOCK).get().get().value().isFree(new UnitId("flat-1"), d("2026-07-01"), d("2026-12-31")));

        // TSM-18: everything done with Mari's data can be shown to her
        List<String> actions = ports.audit().recordsOf(MARI).get().stream().map(r -> r.action().substring(0, r.action().indexOf(':')))
                .toList();
        assertEquals("submit the application", actions.get(0));
        assertTrue(actions.containsAll(List.of("decide the application", "offer a freed place", "sign the contract",
                "end the service early")), actions.toString());
        ok(ports.relay(RelaySettings.standard()).deliverNotifications(new DeliverNotificationsCommand(50)));
        assertTrue(ports.notifier().sent().stream().filter(n -> n.kind() == Notification.Kind.DECISION).count() >= 3);
        assertEquals(List.of(), ports.outbox().pending().get(), "every notification delivered");
        List<Obligation> none = ok(watch.queryDeadlines(new QueryDeadlinesCommand(d("2026-12-31"), 0)));
        assertTrue(none.isEmpty(), "an ended case has no open obligations");
    }

    @Test
    @DisplayName("TSM-2 TSM-11: an applicant registered elsewhere is not eligible; nobody is wait-listed while a place is free")
    void refusalsChangeNothing() {
        ports.register().register(JAAN, d("2015-01-01"), "Elva vald");
        ok(service.submitApplication(new SubmitApplicationCommand(new CaseId("x"),
                SocialHousingCases.completeForm(Household.single(JAAN)), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(new CaseId("x"), SocialHousingCases.assessment(d("2026-01-06")))));
        SocialHousingError notEligible = refusal(service.decideApplication(decide(new CaseId("x"), "K-1", d("2026-01-07"),
                new Outcome.Grant(new UnitId("bed-1"), d("2026-06-30")))));
        assertInstanceOf(SocialHousingError.NotEligible.class, notEligible);
        assertTrue(ports.housingStocks().load(STOCK).get().get().value().isFree(new UnitId("bed-1"), d("2026-01-07"), d("2026-06-30")));

        ok(service.submitApplication(new SubmitApplicationCommand(PEETERS_CASE, SocialHousingCases.completeForm(SINGLE), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(PEETERS_CASE, SocialHousingCases.assessment(d("2026-01-06")))));
        assertEquals(new SocialHousingError.PlaceAvailable(PlacementKind.BED_PLACE), refusal(service.decideApplication(
                decide(PEETERS_CASE, "K-2", d("2026-01-07"), new Outcome.WaitList()))));
        assertInstanceOf(CaseFailure.AlreadyExists.class, failure(service.submitApplication(new SubmitApplicationCommand(PEETERS_CASE,
                SocialHousingCases.completeForm(SINGLE), d("2026-01-05")))));
        assertInstanceOf(CaseFailure.WrongState.class, failure(service.startUse(new StartUseCommand(PEETERS_CASE, d("2026-01-08")))));
        assertInstanceOf(CaseFailure.NotFound.class, failure(service.startUse(new StartUseCommand(new CaseId("nope"), d("2026-01-08")))));
    }

    @Test
    @DisplayName("TSM-13 TSM-15: the lapse use case frees the unit for the next applicant")
    void lapseFreesTheUnit() {
        ok(service.submitApplication(new SubmitApplicationCommand(PEETERS_CASE, SocialHousingCases.completeForm(SINGLE), d("2025-12-15"))));
        ok(service.assessApplication(new AssessApplicationCommand(PEETERS_CASE, SocialHousingCases.assessment(d("2025-12-17")))));
        ok(service.decideApplication(decide(PEETERS_CASE, "K-1", d("2025-12-19"), new Outcome.Grant(new UnitId("bed-1"), d("2026-06-30")))));
        assertInstanceOf(SocialHousingError.DeadlineNotPassed.class,
                refusal(service.lapseDecision(new LapseDecisionCommand(PEETERS_CASE, d("2026-01-08")))));
        Application.Lapsed lapsed = (Application.Lapsed) ok(service.lapseDecision(new LapseDecisionCommand(PEETERS_CASE, d("2026-01-09"))));
        assertEquals(Rule.TSM_15, lapsed.lapsedBy());
        // the place was held while the decision was valid, up to the deadline, and is free from the day it lapsed
        HousingStock stock = ports.housingStocks().load(STOCK).get().get().value();
        assertTrue(stock.isFree(new UnitId("bed-1"), d("2026-01-09"), d("2026-06-30")));
        assertTrue(!stock.isFree(new UnitId("bed-1"), d("2026-01-08"), d("2026-01-08")));
    }
}
