package ee.hoolekanne.resocialization;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.port.in.ApplyForResocializationCommand;
import ee.hoolekanne.port.in.DrawUpResocializationPlanCommand;
import ee.hoolekanne.port.in.EvaluateResocializationGoalCommand;
import ee.hoolekanne.port.in.GrantResocializationCommand;
import ee.hoolekanne.port.in.MoveToNextStageCommand;
import ee.hoolekanne.port.in.RecordLaundryUseCommand;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.inmemory.InMemoryJusticeAndResocialization;
import ee.hoolekanne.usecase.ResocializationService;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.decision;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.form;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.stagePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Resocialization in Tallinn through its use cases, on the in-memory repository. */
class ResocializationServiceTest {

    private static final CaseId ID = new CaseId("2026-RES-1");
    private static final LocalDate START = LocalDate.of(2026, 2, 2);

    private final InMemoryJusticeAndResocialization.Resocializations cases = new InMemoryJusticeAndResocialization.Resocializations();
    private final ResocializationService service = new ResocializationService(cases);

    private Versioned<Resocialization> stored() {
        return cases.load(ID).get().get();
    }

    private void applyAndGrant() {
        service.apply(new ApplyForResocializationCommand(ID, form(PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77)), "Lasnamäe",
                Option.some("Lasnamäe"), Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, START)), START)).get();
        service.grant(new GrantResocializationCommand(ID, decision("R-1", START.plusDays(3), new Outcome.GrantService("resocialization"), "RES-8"),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new AssessedNeeds("Lasnamäe welfare department", false, true,
                AssessedNeeds.Guidance.SUBSTANTIAL), new Room(new UnitId("shelter-bed-4"), 8, false), 0, START.plusDays(3))).get();
    }

    @Test
    @DisplayName("RES-3, RES-4, RES-8, RES-10: application, grant into the shelter, laundry, plan, goals met and the move to a social housing unit, each saved under its version")
    void shelterToUnit() {
        applyAndGrant();
        assertInstanceOf(Resocialization.InShelter.class, stored().value());
        service.useLaundry(new RecordLaundryUseCommand(ID, new LaundryUse(START.plusDays(10), PriceList.Laundry.WASHING, 1))).get();
        service.drawUpActionPlan(new DrawUpResocializationPlanCommand(ID, stagePlan(START.plusDays(5)))).get();
        service.evaluateGoal(new EvaluateResocializationGoalCommand(ID, "stage-goal", new Evaluation(Evaluation.Kind.FOLLOW_UP,
                GoalStatus.ACHIEVED, "met", "social worker", START.plusMonths(1)))).get();
        LocalDate move = START.plusMonths(3);
        service.moveToNextStage(new MoveToNextStageCommand(ID, decision("R-2", move.minusDays(2), new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"),
                "RES-4"), DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT, Option.some(new Room(new UnitId("shu-12-b"), 3, true)), 0, false,
                move)).get();
        assertInstanceOf(Resocialization.InSocialHousingUnit.class, stored().value());
        assertEquals(6, stored().version());
    }

    @Test
    @DisplayName("RES-4: a move before the stage's goals are met, or without a room, is refused and writes nothing")
    void moveRefused() {
        applyAndGrant();
        Versioned<Resocialization> before = stored();
        LocalDate move = START.plusMonths(3);
        assertInstanceOf(ResocializationError.GoalsNotMet.class, service.moveToNextStage(new MoveToNextStageCommand(ID,
                decision("R-2", move, new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), "RES-4"), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                Option.some(new Room(new UnitId("shu-1"), 3, true)), 0, false, move)).getLeft());
        assertEquals(new ResocializationError.Invalid("the next stage needs a room"), service.moveToNextStage(new MoveToNextStageCommand(ID,
                decision("R-2", move, new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), "RES-4"), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                Option.none(), 0, false, move)).getLeft());
        assertEquals(before, stored());
    }
}
