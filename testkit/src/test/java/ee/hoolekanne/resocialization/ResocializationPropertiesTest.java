package ee.hoolekanne.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.resocialization.Stay;
import ee.hoolekanne.testkit.gen.Generators;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.Property;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage transitions and statements under random inputs; replay with the printed seed. */
class ResocializationPropertiesTest {

    /** One run's seed. */
    record Run(long seed) {
    }

    @Test
    @DisplayName("RES-4 RES-5: no command sequence reaches a stage transition the rules forbid")
    void noIllegalTransition() {
        Set<String> seen = new HashSet<>();
        long seed = Property.forAll("stage transitions", 400, r -> new Run(r.nextLong()), run -> {
            SplittableRandom r = new SplittableRandom(run.seed());
            Resocialization current = JusticeAndResocializationCases.pathway(new CaseId("p"), LocalDate.of(2025, 1, 6)).get(1);
            LocalDate day = LocalDate.of(2025, 2, 1);
            for (int step = 0; step < 30; step++) {
                day = day.plusDays(1 + r.nextInt(20));
                Stage before = stageOf(current);
                // mostly a legal target, sometimes any stage at all
                List<Stage> legal = new ArrayList<>(before.next());
                Stage target = r.nextInt(4) > 0 && !legal.isEmpty() ? legal.get(r.nextInt(legal.size()))
                        : Stage.values()[r.nextInt(Stage.values().length)];
                Either<?, ? extends Resocialization> result = command(current, advancing(current, r), target, day, r);
                if (result.isRight()) {
                    Resocialization next = result.get();
                    Stage after = stageOf(next);
                    assertTrue(after == before || before.next().contains(after), before + " -> " + after);
                    assertTrue(next.decisions().subList(0, current.decisions().size()).equals(current.decisions()), "decisions never change");
                    seen.add(before + "->" + after);
                    current = next;
                }
            }
        });
        assertTrue(seen.containsAll(Set.of("SHELTER->SOCIAL_HOUSING_UNIT", "SOCIAL_HOUSING_UNIT->DORMITORY",
                "SOCIAL_HOUSING_UNIT->INDEPENDENT_LIFE", "DORMITORY->INDEPENDENT_LIFE")),
                "every legal move was exercised: " + seen + " (replay: -Dhoolekanne.seed=" + seed + ")");
    }

    /** Mostly the command that moves the person on: a plan, then meeting its goals, then a move; sometimes any. */
    private static int advancing(Resocialization current, SplittableRandom r) {
        if (!(current instanceof Resocialization.Resident resident) || r.nextInt(5) == 0) {
            return r.nextInt(4);
        }
        if (resident.actionPlan().isEmpty()) {
            return 0;
        }
        if (!resident.actionPlan().get().allGoalsAchieved()) {
            return 1;
        }
        return 2 + r.nextInt(2);
    }

    private static Stage stageOf(Resocialization r) {
        return switch (r) {
            case Resocialization.Resident resident -> resident.stage();
            case Resocialization.InIndependentLife life -> Stage.INDEPENDENT_LIFE;
            case Resocialization.LeftPathway left -> throw new IllegalStateException("left the pathway");
            case Resocialization.Applied a -> throw new IllegalStateException("not placed");
            case Resocialization.Incomplete a -> throw new IllegalStateException("incomplete");
            case Resocialization.Refused a -> throw new IllegalStateException("refused");
        };
    }

    /** Every command any state offers, tried with random arguments: moves to random stages, plans, evaluations. */
    private static Either<?, ? extends Resocialization> command(Resocialization current, int kind, Stage target, LocalDate day,
                                                               SplittableRandom r) {
        if (!(current instanceof Resocialization.Resident resident)) {
            return Either.left("final");
        }
        DeciderRole role = r.nextInt(6) == 0 ? DeciderRole.OTHER : DeciderRole.HEAD_OF_WELFARE_DEPARTMENT;
        var move = decision("D", day.minusDays(1), new Outcome.MoveStage(target.name()), Rule.RES_4);
        Room room = new Room(new UnitId("u" + r.nextInt(9)), 1 + r.nextInt(8), r.nextBoolean());
        return switch (kind) {
            case 0 -> resident.drawUpActionPlan(JusticeAndResocializationCases.stagePlan(day));
            case 1 -> resident.evaluateGoal("stage-goal", new ee.hoolekanne.domain.actionplan.Evaluation(
                    ee.hoolekanne.domain.actionplan.Evaluation.Kind.FOLLOW_UP,
                    r.nextBoolean() ? ee.hoolekanne.domain.actionplan.GoalStatus.ACHIEVED : ee.hoolekanne.domain.actionplan.GoalStatus.IN_PROGRESS,
                    "e", "w", day));
            default -> switch (resident) {
                case Resocialization.InShelter s -> s.moveToSocialHousingUnit(move, role, room, 0, day);
                case Resocialization.InSocialHousingUnit u -> kind == 2
                        ? u.moveToDormitory(move, role, room, 0, day)
                        : u.moveToIndependentLife(move, role, r.nextBoolean(), day);
                case Resocialization.InDormitory dm -> dm.moveToIndependentLife(move, role, r.nextBoolean(), day);
            };
        };
    }

    @Test
    @DisplayName("RES-10 X-2: every statement's total is the sum of its lines, and each stay is billed for exactly its days")
    void statementsSumToLines() {
        Property.forAll("statements sum to lines", 2_000, r -> new Run(r.nextLong()), run -> {
            SplittableRandom r = new SplittableRandom(run.seed());
            LocalDate start = Generators.date(r, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
            List<Stay> stays = new ArrayList<>();
            LocalDate from = start;
            for (int i = 0; i < 1 + r.nextInt(3); i++) {
                LocalDate until = from.plusDays(r.nextInt(60));
                boolean unit = r.nextBoolean();
                Stage stage = unit ? Stage.SOCIAL_HOUSING_UNIT : Stage.DORMITORY;
                Room room = unit ? new Room(new UnitId("r"), 1 + r.nextInt(4), true) : new Room(new UnitId("d"), 1 + r.nextInt(2), false);
                stays.add(new Stay(stage, room, unit ? r.nextInt(3) : 0, from, Option.some(until)));
                from = until.plusDays(1);
            }
            List<LaundryUse> laundry = new ArrayList<>();
            for (int i = 0; i < r.nextInt(5); i++) {
                laundry.add(new LaundryUse(Generators.date(r, start, from), PriceList.Laundry.values()[r.nextInt(3)], 1 + r.nextInt(3)));
            }
            YearMonth month = YearMonth.from(Generators.date(r, start, from));
            MonthlyStatement statement = MonthlyStatement.of(month, stays, laundry, PriceList.tallinn())
                    .getOrElseThrow(e -> new AssertionError(e));
            assertEquals(statement.lines().stream().map(MonthlyStatement.Line::amount).reduce(Money.ZERO, Money::plus), statement.total());
            long laundryLines = laundry.stream().filter(l -> YearMonth.from(l.on()).equals(month)).count();
            assertTrue(statement.lines().stream().filter(l -> l.description().startsWith("laundry")).count() == laundryLines);
        });
    }

    @Test
    @DisplayName("RES-11 RES-10 X-2: whenever a resident leaves, each month is billed for exactly the days stayed in it, and no day after the last")
    void noDayBilledAfterLeaving() {
        Property.forAll("no day billed after leaving", 500, r -> new Run(r.nextLong()), run -> {
            SplittableRandom r = new SplittableRandom(run.seed());
            Resocialization.Resident resident = (Resocialization.Resident) JusticeAndResocializationCases.pathway(new CaseId("p"),
                    Generators.date(r, LocalDate.of(2023, 2, 1), LocalDate.of(2027, 6, 30))).get(2);
            if (r.nextBoolean()) {
                LocalDate move = resident.currentStay().from().plusDays(1 + r.nextInt(90));
                resident = SocialHousingCases.orFail(resident.changeRoom(new Room(new UnitId("shu-" + r.nextInt(9)), 1 + r.nextInt(6), r.nextBoolean()),
                        r.nextInt(2), move));
            }
            LocalDate last = resident.currentStay().from().plusDays(r.nextInt(120));
            Exit exit = List.<Exit>of(new Exit.OwnChoice(), new Exit.Died(), new Exit.MovedElsewhere("care home")).get(r.nextInt(3));
            Resocialization.LeftPathway left = SocialHousingCases.orFail(resident.leave(exit, last));
            PriceList prices = PriceList.tallinnSocialWorkCentre();
            for (YearMonth month = YearMonth.from(left.stays().get(0).from()); !month.isAfter(YearMonth.from(last).plusMonths(2));
                 month = month.plusMonths(1)) {
                Either<ResocializationError, MonthlyStatement> billed = left.statement(month, PriceList.tallinn());
                Money expected = Money.ZERO;
                boolean priced = true;
                for (Stay stay : left.stays()) {
                    LocalDate from = stay.from().isAfter(month.atDay(1)) ? stay.from() : month.atDay(1);
                    LocalDate until = stay.until().get().isBefore(month.atEndOfMonth()) ? stay.until().get() : month.atEndOfMonth();
                    assertTrue(!stay.until().get().isAfter(last), "no stay runs past the last day");
                    if (!until.isBefore(from)) {
                        int days = (int) (until.toEpochDay() - from.toEpochDay() + 1);
                        Option<PriceList.Row> row = prices.adult(stay.stage(), stay.room());
                        Option<PriceList.Row> child = prices.child(stay.stage(), stay.room().renovated());
                        priced &= row.isDefined() && (stay.children() == 0 || child.isDefined());
                        if (priced) {
                            expected = expected.plus(row.get().monthly().prorate(days, month.lengthOfMonth()));
                            if (stay.children() > 0) {
                                expected = expected.plus(child.get().monthly().prorate(days, month.lengthOfMonth()).times(stay.children()));
                            }
                        }
                    }
                }
                YearMonth billedMonth = month;
                Money laundry = left.laundry().stream().filter(l -> YearMonth.from(l.on()).equals(billedMonth))
                        .map(l -> prices.laundry().get(l.service()).times(l.loads())).reduce(Money.ZERO, Money::plus);
                if (priced) {
                    assertEquals(expected.plus(laundry), billed.get().total(), month + ": the days stayed in it, no more");
                } else {
                    assertTrue(billed.getLeft() instanceof ResocializationError.NoPrice, month + ": an unpriced room is named, not billed at zero");
                }
                if (month.isAfter(YearMonth.from(last))) {
                    assertEquals(Money.ZERO, billed.get().total(), month + " is after the last day: nothing is billed");
                }
            }
        });
    }
}
