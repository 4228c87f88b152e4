package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.resocialization.*;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.decision;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.form;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.stagePlan;
import static ee.hoolekanne.testkit.gen.Results.failure;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resocialization in Tallinn through its use cases, on any storage adapter: a subclass gives a
 * fresh {@link Storage} for each test, and every command runs on it and is read back from it.
 */
public abstract class ResocializationServiceContract {

    private static final CaseId ID = new CaseId("2026-RES-1");
    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    private static final PersonalCode APPLICANT = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);

    private InMemoryAdapters memory;
    private ResocializationService service;

    /** A fresh, empty storage adapter: called once for each test. */
    protected abstract Storage storage();

    @BeforeEach
    void fresh() {
        memory = InMemoryAdapters.over(storage(), START);
        service = memory.resocialization(ResocializationSchedule.tallinn());
    }

    private Versioned<Resocialization> stored() {
        return memory.storage().resocializations().load(ID).get().get();
    }

    private Either<CaseFailure<ResocializationError>, Resocialization> apply() {
        return service.submitApplication(new SubmitApplicationCommand(ID, form(APPLICANT), "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, START)), START));
    }

    /** Applied at Lasnamäe and granted into a stage that fits {@code needs}. */
    private void applyAndGrant(AssessedNeeds needs) {
        memory.register().register(APPLICANT, LocalDate.of(2020, 1, 1), "Tallinn", "Lasnamäe");
        ok(apply());
        ok(service.grantService(new GrantServiceCommand(ID, decision("R-1", START.plusDays(3), new Outcome.GrantService("resocialization"),
                Rule.RES_8), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, needs, new Room(new UnitId("room-4"), 3, false), 0, START.plusDays(3))));
    }

    private static AssessedNeeds shelterNeeds() {
        return new AssessedNeeds("Lasnamäe welfare department", false, true, AssessedNeeds.Guidance.SUBSTANTIAL);
    }

    private void goalsMet(LocalDate on) {
        ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(ID, stagePlan(on))));
        ok(service.evaluateGoal(new EvaluateGoalCommand(ID, "stage-goal", new Evaluation(Evaluation.Kind.FOLLOW_UP,
                GoalStatus.ACHIEVED, "met", "social worker", on.plusDays(20)))));
    }

    @Test
    @DisplayName("RES-3, RES-4, RES-8, RES-10: application, grant into the shelter, laundry, plan, goals met and the move to a social housing unit, each saved under its version")
    void shelterToUnit() {
        applyAndGrant(shelterNeeds());
        assertInstanceOf(Resocialization.InShelter.class, stored().value());
        ok(service.recordLaundryUse(new RecordLaundryUseCommand(ID, new LaundryUse(START.plusDays(10), PriceList.Laundry.WASHING, 1))));
        goalsMet(START.plusDays(5));
        LocalDate move = START.plusMonths(3);
        ok(service.moveToNextStage(new MoveToNextStageCommand(ID, decision("R-2", move.minusDays(2),
                new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), Rule.RES_4), DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("shu-12-b"), 3, true), 0, move)));
        assertInstanceOf(Resocialization.InSocialHousingUnit.class, stored().value());
        assertEquals(6, stored().version());
    }

    @Test
    @DisplayName("RES-5: a resident of a social housing unit moves straight to independent life through the use case, the dormitory skipped")
    void unitStraightToIndependentLife() {
        applyAndGrant(new AssessedNeeds("Lasnamäe welfare department", false, false, AssessedNeeds.Guidance.SUBSTANTIAL));
        assertEquals(Stage.SOCIAL_HOUSING_UNIT, ((Resocialization.Resident) stored().value()).stage());
        goalsMet(START.plusDays(10));
        LocalDate out = START.plusMonths(4);
        MoveToIndependentLifeCommand toLife = new MoveToIndependentLifeCommand(ID, decision("R-3", out.minusDays(3),
                new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, false, out);
        assertInstanceOf(ResocializationError.NotReady.class, refusal(service.moveToIndependentLife(toLife)), "no dwelling found yet");
        Resocialization.InIndependentLife free = (Resocialization.InIndependentLife) ok(service.moveToIndependentLife(
                new MoveToIndependentLifeCommand(ID, toLife.decision(), toLife.role(), true, out)));
        assertEquals(out, free.since());
        assertEquals(out.minusDays(1), free.stays().get(free.stays().size() - 1).until().get(), "the unit's stay ends the day before");
        assertEquals(1, free.stays().size(), "no dormitory stay in between");
    }

    @Test
    @DisplayName("RES-6: an application filed at a district other than the one in the population register is refused and nothing is stored")
    void wrongDistrict() {
        memory.register().register(APPLICANT, LocalDate.of(2020, 1, 1), "Tallinn", "Mustamäe");
        assertInstanceOf(ResocializationError.WrongDistrict.class, refusal(apply()));
        assertEquals(true, memory.storage().resocializations().load(ID).get().isEmpty());
    }

    @Test
    @DisplayName("RES-4: a move before the stage's goals are met is refused and writes nothing; a shelter resident cannot go to independent life")
    void moveRefused() {
        applyAndGrant(shelterNeeds());
        Versioned<Resocialization> before = stored();
        LocalDate move = START.plusMonths(3);
        assertInstanceOf(ResocializationError.GoalsNotMet.class, refusal(service.moveToNextStage(new MoveToNextStageCommand(ID,
                decision("R-2", move, new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), Rule.RES_4), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("shu-1"), 3, true), 0, move))));
        assertInstanceOf(CaseFailure.WrongState.class, failure(service.moveToIndependentLife(new MoveToIndependentLifeCommand(ID,
                decision("R-2", move, new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                true, move))));
        assertEquals(before, stored());
    }

    /** A resident of a social housing unit (RES-3), in a 3-bed room of a building not renovated. */
    private Resocialization.Resident inUnit() {
        applyAndGrant(new AssessedNeeds("Lasnamäe welfare department", false, false, AssessedNeeds.Guidance.SUBSTANTIAL));
        return (Resocialization.Resident) stored().value();
    }

    @Test
    @DisplayName("RES-11: a resident leaves by their own choice mid-month: the stay ends that day, the month is billed to it, the next not at all, the case is closed")
    void leavesByOwnChoice() {
        inUnit();
        LocalDate last = LocalDate.of(2026, 4, 14);
        Resocialization.LeftPathway left = (Resocialization.LeftPathway) ok(service.leavePathway(
                new LeavePathwayCommand(ID, new Exit.OwnChoice(), last)));
        assertEquals(Option.some(last), left.stays().get(left.stays().size() - 1).until());
        assertFalse(left.isOpen(), "no longer open");
        assertEquals(List.of(), memory.storage().resocializations().findOpen().get());
        MonthlyStatement april = ok(service.issueStatement(new IssueStatementCommand(ID, YearMonth.of(2026, 4))));
        // 3-bed room, building not renovated: 50.00 x 14/30 = 23.33
        assertEquals(List.of(Money.euros("23.33")), april.lines().stream().map(MonthlyStatement.Line::amount).toList());
        assertTrue(april.lines().get(0).description().endsWith("14/30 days"));
        MonthlyStatement may = ok(service.issueStatement(new IssueStatementCommand(ID, YearMonth.of(2026, 5))));
        assertEquals(List.of(), may.lines(), "no day is billed after the stay ended");
        assertEquals(Money.ZERO, may.total());
        assertInstanceOf(CaseFailure.WrongState.class, failure(service.recordLaundryUse(new RecordLaundryUseCommand(ID,
                new LaundryUse(last.plusDays(3), PriceList.Laundry.WASHING, 1)))), "nothing is recorded after leaving");
    }

    @Test
    @DisplayName("RES-11: every way of leaving (own choice, a decision ending the service, death, another service or care institution) ends the stay on its day")
    void everyWayOfLeaving() {
        for (Exit exit : List.of(new Exit.OwnChoice(), new Exit.Died(), new Exit.MovedElsewhere("general care home"))) {
            Resocialization.Resident resident = (Resocialization.Resident) JusticeAndResocializationCases.pathway(ID, START).get(2);
            LocalDate last = resident.currentStay().from().plusDays(9);
            Resocialization.LeftPathway left = orFail(resident.leave(exit, last));
            assertEquals(exit, left.exit());
            assertEquals(last, left.lastDay());
            assertEquals(Option.some(last), left.stays().get(left.stays().size() - 1).until());
            assertEquals("LeftPathway", left.state());
        }
        Resocialization.Resident resident = (Resocialization.Resident) JusticeAndResocializationCases.pathway(ID, START).get(2);
        LocalDate last = resident.currentStay().from().plusDays(30);
        Decision ending = decision("R-9", last.minusDays(14), new Outcome.Terminate(List.of(new StatedGround(Rule.RES_11,
                "Tallinn resocialization service", "repeatedly breached the house rules")), last), Rule.RES_11);
        assertInstanceOf(ResocializationError.NotAuthorised.class, resident.leave(new Exit.ServiceEnded(ending, DeciderRole.OTHER), last).getLeft());
        assertInstanceOf(ResocializationError.Invalid.class, resident.leave(new Exit.ServiceEnded(decision("R-9", last.minusDays(14),
                new Outcome.MoveStage("SHELTER"), Rule.RES_11), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT), last).getLeft(),
                "a decision ending the service states its grounds and last day");
        Resocialization.LeftPathway ended = orFail(resident.leave(new Exit.ServiceEnded(ending, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT), last));
        assertEquals(ending, ended.decisions().get(ended.decisions().size() - 1), "X-1: the decision is recorded");
        assertTrue(ended.history().stream().anyMatch(h -> h.what().contains("service ended (RES-11)")));
    }

    @Test
    @DisplayName("RES-11: a resident is moved back to an earlier stage by a decision when the need grows, the new stage's plan drawn up anew; "
            + "a 'move back' to a later stage or by someone else is refused and writes nothing")
    void movedBack() {
        inUnit();
        Versioned<Resocialization> before = stored();
        LocalDate on = START.plusMonths(2);
        assertInstanceOf(ResocializationError.NotAnEarlierStage.class, refusal(service.moveBack(new MoveBackCommand(ID,
                decision("R-5", on.minusDays(1), new Outcome.MoveStage("DORMITORY"), Rule.RES_11), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("dorm-1"), 2, false), 0, on))));
        assertInstanceOf(ResocializationError.NotAuthorised.class, refusal(service.moveBack(new MoveBackCommand(ID,
                decision("R-5", on.minusDays(1), new Outcome.MoveStage("SHELTER"), Rule.RES_11), DeciderRole.OTHER,
                new Room(new UnitId("shelter-1"), 8, false), 0, on))));
        assertEquals(before, stored(), "refused: nothing written");
        Resocialization back = ok(service.moveBack(new MoveBackCommand(ID, decision("R-5", on.minusDays(1), new Outcome.MoveStage("SHELTER"),
                Rule.RES_11), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new Room(new UnitId("shelter-1"), 8, false), 0, on)));
        Resocialization.InShelter shelter = assertInstanceOf(Resocialization.InShelter.class, back);
        assertEquals(Option.some(on.minusDays(1)), shelter.stays().get(0).until(), "the unit's stay ends the day before");
        assertTrue(shelter.actionPlan().isEmpty(), "the earlier stage's plan is drawn up anew");
        assertInstanceOf(ResocializationError.NoPrice.class, refusal(service.issueStatement(new IssueStatementCommand(ID,
                YearMonth.from(on)))), "RES-10: the shelter has no row in the Tallinn list: named, not billed at zero");
    }
}
