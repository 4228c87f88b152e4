package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.law.Rule;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import ee.hoolekanne.domain.person.PersonalCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A resocialization case in Tallinn (RES-1 .. RES-10), whose stages are their own types:
 *
 * <pre>
 * Applied ─┬→ InShelter → InSocialHousingUnit ─┬→ InDormitory → InIndependentLife
 *          │                                    └──────────────→ InIndependentLife
 *          └→ Refused
 * a resident's stage ⇢ an earlier stage     (moved back by a decision, RES-11)
 * a resident's stage ⇢ LeftPathway          (own choice, decision, death, elsewhere: RES-11)
 * </pre>
 *
 * <p>A person starts in the stage that fits them (RES-3). The forward moves of RES-4 and RES-5
 * are methods of the stage moved from; each needs the current stage's action-plan goals met and
 * records the decision that made it. A resident may be moved back to an earlier stage by a
 * decision when the need grows, and may leave the pathway in any stage (RES-11): by their own
 * choice, by a decision ending the service, by death, or to another service or a care
 * institution; the stay ends on its last day. The goals, activities and timetable are set together
 * with the person (RES-2). Each stage keeps its stays by room, so a monthly statement bills the
 * days in each and no day after a stay ended (RES-10).
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, defaults = @Value.Immutable(copy = true))
public sealed interface Resocialization extends CaseFile<ResocializationSchedule> {

    /** The case. */
    CaseId id();

    /** The application (RES-7). */
    ResocializationForm form();

    /** Everyone whose data this case holds: the applicant and the household members (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        List<PersonalCode> all = new java.util.ArrayList<>();
        all.add(form().applicant());
        all.addAll(form().householdMembers().getOrElse(List.of()));
        return List.copyOf(all);
    }

    /** The district government it was filed at (RES-6). */
    String districtGovernment();

    /** How the applicant proved their identity (RES-9). */
    IdentityDocument identity();

    /** The date of the application. */
    LocalDate appliedOn();

    /** The decisions, oldest first: the grant or refusal, then every move. */
    List<Decision> decisions();

    @Override
    default CaseKind kind() {
        return CaseKind.RESOCIALIZATION;
    }

    @Override
    default boolean isOpen() {
        return !(this instanceof Refused || this instanceof InIndependentLife || this instanceof LeftPathway);
    }

    /**
     * The remedy term of an incomplete application (HMS-1); nothing else: the pathway's stages have
     * no term of their own.
     */
    @Override
    default List<Obligation> openObligations(ResocializationSchedule schedule) {
        if (this instanceof Incomplete incomplete && incomplete.remedyTerm().isDefined()) {
            return List.of(Obligation.of(CaseKind.RESOCIALIZATION, id(), ee.hoolekanne.domain.casefile.Duty.REMEDY_APPLICATION,
                    incomplete.remedyTerm().get().deadline(schedule.calendar())));
        }
        return List.of();
    }

    @Override
    default LegalBasis basis(Rule rule, ResocializationSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    /** The application and every decision, oldest first. */
    @Override
    default List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.of(appliedOn(), "applied at " + districtGovernment() + " (RES-6)"));
        decisions().forEach(d -> entries.add(HistoryEntry.decided(d, switch (d.outcome()) {
            case ee.hoolekanne.domain.decision.Outcome.MoveStage move -> "moved to " + move.to();
            case ee.hoolekanne.domain.decision.Outcome.Refuse refuse -> "refused";
            case ee.hoolekanne.domain.decision.Outcome.Terminate end -> "service ended (RES-11)";
            default -> "granted";
        })));
        if (this instanceof LeftPathway left && !(left.exit() instanceof Exit.ServiceEnded)) {
            entries.add(HistoryEntry.of(left.lastDay(), "left the pathway: " + left.exit().kind() + " (RES-11)"));
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /**
     * HMS-6: the decision {@code decisionId} of this case was notified by {@code delivery}; the
     * terms that run from notification run from its date.
     *
     * @return the case with the notification recorded, or {@code ResocializationError.Invalid} naming why not (no such
     *         decision, already recorded, delivered before it was made)
     */
    default Either<ResocializationError, Resocialization> recordDelivery(ee.hoolekanne.domain.decision.DecisionId decisionId,
                                                    ee.hoolekanne.domain.decision.Delivery delivery) {
        java.util.List<Decision> all = decisions();
        Either<String, Decision> notified = Decision.deliver(all, decisionId, delivery);
        if (notified.isLeft()) {
            return Either.left(new ResocializationError.Invalid(notified.getLeft()));
        }
        Decision delivered = notified.get();
        return Either.right(switch (this) {
            case Incomplete x -> ImmutableResocialization.Incomplete.copyOf(x).withDecisions(replace(all, delivered));
            case Applied x -> ImmutableResocialization.Applied.copyOf(x).withDecisions(replace(all, delivered));
            case Refused x -> ImmutableResocialization.Refused.copyOf(x).withDecisions(replace(all, delivered));
            case InShelter x -> ImmutableResocialization.InShelter.copyOf(x).withDecisions(replace(all, delivered));
            case InSocialHousingUnit x -> ImmutableResocialization.InSocialHousingUnit.copyOf(x).withDecisions(replace(all, delivered));
            case InDormitory x -> ImmutableResocialization.InDormitory.copyOf(x).withDecisions(replace(all, delivered));
            case InIndependentLife x -> ImmutableResocialization.InIndependentLife.copyOf(x).withDecisions(replace(all, delivered));
            case LeftPathway x -> ImmutableResocialization.LeftPathway.copyOf(x).withDecisions(replace(all, delivered));
        });
    }

    /** {@code all} with the decision of {@code replacement}'s id replaced by it. */
    private static java.util.List<Decision> replace(java.util.List<Decision> all, Decision replacement) {
        return all.stream().map(d -> d.id().equals(replacement.id()) ? replacement : d).toList();
    }

    /** The state's name. */
    @Override
    default String state() {
        return switch (this) {
            case Incomplete s -> "Incomplete";
            case Applied s -> "Applied";
            case Refused s -> "Refused";
            case InShelter s -> "InShelter";
            case InSocialHousingUnit s -> "InSocialHousingUnit";
            case InDormitory s -> "InDormitory";
            case InIndependentLife s -> "InIndependentLife";
            case LeftPathway s -> "LeftPathway";
        };
    }

    /**
     * RES-6, RES-7, RES-9: a written application, complete, filed at the welfare department of the
     * district government of the applicant's residence per the population register, identity
     * proven by a document.
     *
     * @param registeredDistrict the district of the registered residence, from the population register
     * @return the case: {@link Applied}, or {@link Incomplete} listing every missing part (RES-7),
     *         which waits for the parts within a term the official sets (HMS-1); or
     *         {@link ResocializationError.WrongDistrict} or {@link ResocializationError.IdentityNotProven}
     */
    static Either<ResocializationError, Resocialization> apply(CaseId id, ResocializationForm form, String districtGovernment,
                                                              Option<String> registeredDistrict, Option<IdentityDocument> identity,
                                                              LocalDate on) {
        if (identity.isEmpty()) {
            return Either.left(new ResocializationError.IdentityNotProven());
        }
        if (!registeredDistrict.contains(districtGovernment)) {
            return Either.left(new ResocializationError.WrongDistrict());
        }
        return Either.right(form.validate().fold(
                missing -> ImmutableResocialization.Incomplete.builder().id(id).form(form).districtGovernment(districtGovernment)
                        .identity(identity.get()).appliedOn(on).missingParts(missing.toJavaList()).build(),
                valid -> ImmutableResocialization.Applied.builder().id(id).form(valid).districtGovernment(districtGovernment)
                        .identity(identity.get()).appliedOn(on).build()));
    }

    /**
     * Applied with parts missing (RES-7): the official sets a term to remedy them, an obligation on
     * the morning list; supplemented, the application is decided; not remedied in time, it may be
     * left unprocessed by a decision (HMS-1).
     */
    @Value.Immutable
    non-sealed interface Incomplete extends Resocialization {

        /** Every missing part, in the order of RES-7. */
        List<ApplicationPart> missingParts();

        /** The term set to remedy the application (HMS-1), once set. */
        @Value.Default
        default Option<RemedyTerm> remedyTerm() {
            return Option.none();
        }

        /**
         * HMS-1: the official sets the term to remedy the application; a new term replaces an earlier one.
         *
         * @return the case, or {@link ResocializationError.Invalid} for a term set before the application
         */
        default Either<ResocializationError, Incomplete> setRemedyTerm(RemedyTerm term) {
            if (term.setOn().isBefore(appliedOn())) {
                return Either.left(new ResocializationError.Invalid("a remedy term set before the application"));
            }
            return Either.right(ImmutableResocialization.Incomplete.copyOf(this).withRemedyTerm(Option.some(term)));
        }

        /**
         * RES-7: the applicant supplements the application: complete, it waits for the decision
         * (RES-8); still incomplete, it keeps its remedy term.
         *
         * @return the case, or {@link ResocializationError.Invalid} for another applicant
         */
        default Either<ResocializationError, Resocialization> supplement(ResocializationForm supplemented) {
            if (!supplemented.applicant().equals(form().applicant())) {
                return Either.left(new ResocializationError.Invalid("a supplement is the same applicant's"));
            }
            return Either.right(supplemented.validate().fold(
                    missing -> ImmutableResocialization.Incomplete.copyOf(this).withForm(supplemented).withMissingParts(missing.toJavaList()),
                    valid -> ImmutableResocialization.Applied.builder().id(id()).form(valid).districtGovernment(districtGovernment())
                            .identity(identity()).appliedOn(appliedOn()).build()));
        }

        /**
         * HMS-1: the parts were not given in time, so the application is left unprocessed by
         * {@code decision}; the case ends as {@link Refused}.
         *
         * @return the case, or {@link ResocializationError.Invalid} without a term, before it passed,
         *         or for another outcome
         */
        default Either<ResocializationError, Refused> leaveUnprocessed(Decision decision, EstonianCalendar calendar) {
            if (!(decision.outcome() instanceof Outcome.LeaveUnprocessed)) {
                return Either.left(new ResocializationError.Invalid("leaving an application unprocessed is its own decision"));
            }
            if (remedyTerm().isEmpty() || !decision.madeOn().isAfter(remedyTerm().get().deadline(calendar).dueDate())) {
                return Either.left(new ResocializationError.Invalid("an application is left unprocessed only after its remedy term (HMS-1)"));
            }
            return Either.right(ImmutableResocialization.Refused.builder().id(id()).form(form()).districtGovernment(districtGovernment())
                    .identity(identity()).appliedOn(appliedOn()).decisions(List.of(decision)).build());
        }
    }

    /** Applied; the head of the welfare department or their deputy decides (RES-8). */
    @Value.Immutable
    non-sealed interface Applied extends Resocialization {

        /**
         * RES-3, RES-8: grants the service in the stage that fits the person, from {@code from},
         * in {@code room}.
         *
         * @return the person in their first stage, or {@link ResocializationError.NotAuthorised},
         *         {@link ResocializationError.StageDoesNotFit} or {@link ResocializationError.Invalid}
         */
        default Either<ResocializationError, Resident> grant(Decision decision, DeciderRole role, AssessedNeeds needs,
                                                           Room room, int children, LocalDate from) {
            if (role == DeciderRole.OTHER) {
                return Either.left(new ResocializationError.NotAuthorised());
            }
            if (!(decision.outcome() instanceof Outcome.GrantService) || decision.madeOn().isBefore(appliedOn())
                    || from.isBefore(decision.madeOn())) {
                return Either.left(new ResocializationError.Invalid("a grant follows the application and the stay follows the grant"));
            }
            return Placement.fit(needs).mapLeft(reason -> (ResocializationError) new ResocializationError.StageDoesNotFit(reason))
                    .map(placement -> {
                        List<Decision> decisions = List.of(decision);
                        Stay stay = new Stay(placement.stage(), room, children, from, Option.none());
                        return Transitions.resident(this, placement.stage(), decisions, List.of(stay), List.of());
                    });
        }

        /**
         * RES-8: refuses the service.
         *
         * @return the refused case, or {@link ResocializationError.NotAuthorised}
         */
        default Either<ResocializationError, Refused> refuse(Decision decision, DeciderRole role) {
            if (role == DeciderRole.OTHER) {
                return Either.left(new ResocializationError.NotAuthorised());
            }
            if (!(decision.outcome() instanceof Outcome.Refuse)) {
                return Either.left(new ResocializationError.Invalid("a refusal states its grounds"));
            }
            return Either.right(ImmutableResocialization.Refused.builder().from((Resocialization) this)
                    .decisions(List.of(decision)).build());
        }
    }

    /** Refused. Final. */
    @Value.Immutable
    non-sealed interface Refused extends Resocialization {
    }

    /** A person living at one of the three accommodation stages. */
    sealed interface Resident extends Resocialization permits InShelter, InSocialHousingUnit, InDormitory {

        /** The stage. */
        Stage stage();

        /** The stays, oldest first; the last is the current one. */
        List<Stay> stays();

        /** The current stage's action plan (RES-2), once drawn up. */
        Option<ActionPlan> actionPlan();

        /** Laundry used (RES-10). */
        List<LaundryUse> laundry();

        /** The current stay. */
        default Stay currentStay() {
            return stays().get(stays().size() - 1);
        }

        /**
         * RES-2: the current stage's goals, activities and timetable, set together with the person.
         *
         * @return the resident, or {@link ResocializationError.NotSetWithPerson},
         *         {@link ResocializationError.ActionPlanExists} or {@link ResocializationError.ActionPlanIncomplete}
         */
        default Either<ResocializationError, Resident> drawUpActionPlan(ActionPlanDraft draft) {
            if (actionPlan().isDefined()) {
                return Either.left(new ResocializationError.ActionPlanExists());
            }
            if (!draft.recipientParticipated()) {
                return Either.left(new ResocializationError.NotSetWithPerson());
            }
            return draft.validate().toEither()
                    .mapLeft(missing -> (ResocializationError) new ResocializationError.ActionPlanIncomplete(missing.toJavaList()))
                    .map(plan -> Transitions.withPlan(this, Option.some(plan)));
        }

        /** Records an evaluation of a goal of the current stage's plan. */
        default Either<ResocializationError, Resident> evaluateGoal(String goalId, Evaluation evaluation) {
            return actionPlan().toEither(() -> (ResocializationError) new ResocializationError.NoActionPlan())
                    .flatMap(plan -> plan.evaluate(goalId, evaluation)
                            .toEither(() -> (ResocializationError) new ResocializationError.Invalid("no goal " + goalId)))
                    .map(plan -> Transitions.withPlan(this, Option.some(plan)));
        }

        /** Moves the resident to another room of the same stage from {@code on}. */
        default Either<ResocializationError, Resident> changeRoom(Room room, int children, LocalDate on) {
            if (!on.isAfter(currentStay().from())) {
                return Either.left(new ResocializationError.Invalid("a room change follows the current stay's start"));
            }
            List<Stay> list = new ArrayList<>(stays());
            list.set(list.size() - 1, currentStay().endingOn(on.minusDays(1)));
            list.add(new Stay(stage(), room, children, on, Option.none()));
            return Either.right(Transitions.resident(this, stage(), decisions(), list, laundry(), actionPlan()));
        }

        /** RES-10: records laundry used. */
        default Either<ResocializationError, Resident> useLaundry(LaundryUse use) {
            if (use.on().isBefore(stays().get(0).from())) {
                return Either.left(new ResocializationError.Invalid("laundry is used during the stay"));
            }
            List<LaundryUse> list = new ArrayList<>(laundry());
            list.add(use);
            return Either.right(Transitions.resident(this, stage(), decisions(), stays(), list, actionPlan()));
        }

        /** RES-10: the statement for {@code month}. */
        default Either<ResocializationError, MonthlyStatement> statement(YearMonth month, Timeline<PriceList> prices) {
            return MonthlyStatement.of(month, stays(), laundry(), prices);
        }

        /**
         * RES-11: moves the resident back to an earlier stage when the need grows, by a decision
         * (RES-8) to that stage, from {@code on}; the new stage's plan is drawn up anew.
         *
         * @return the resident at the earlier stage, or {@link ResocializationError.NotAuthorised},
         *         {@link ResocializationError.NotAnEarlierStage} or {@link ResocializationError.Invalid}
         */
        default Either<ResocializationError, Resident> moveBack(Decision decision, DeciderRole role, Room room, int children,
                                                               LocalDate on) {
            if (role == DeciderRole.OTHER) {
                return Either.left(new ResocializationError.NotAuthorised());
            }
            if (!(decision.outcome() instanceof Outcome.MoveStage move)) {
                return Either.left(new ResocializationError.Invalid("a move back is decided as a move to a stage"));
            }
            Option<Stage> to = Option.ofOptional(java.util.Arrays.stream(Stage.values()).filter(st -> st.name().equals(move.to())).findFirst());
            if (to.isEmpty() || !stage().earlier().contains(to.get())) {
                return Either.left(new ResocializationError.NotAnEarlierStage(stage(), to.getOrElse(stage())));
            }
            if (!on.isAfter(currentStay().from()) || on.isBefore(decision.madeOn())) {
                return Either.left(new ResocializationError.Invalid("a move follows the decision and the current stay's start"));
            }
            return Either.right(Transitions.moved(this, to.get(), decision, room, children, on));
        }

        /**
         * RES-11: the resident leaves the pathway; the stay ends on {@code lastDay}, and nothing is
         * billed after it. A decision ending the service is made by the head of the welfare
         * department or their deputy (RES-8) and states its grounds.
         *
         * @return the case that left the pathway, or {@link ResocializationError.NotAuthorised} or
         *         {@link ResocializationError.Invalid}
         */
        default Either<ResocializationError, LeftPathway> leave(Exit exit, LocalDate lastDay) {
            if (lastDay.isBefore(currentStay().from())) {
                return Either.left(new ResocializationError.Invalid("the last day is not before the current stay began"));
            }
            List<Decision> decisions = new ArrayList<>(decisions());
            if (exit instanceof Exit.ServiceEnded ended) {
                if (ended.role() == DeciderRole.OTHER) {
                    return Either.left(new ResocializationError.NotAuthorised());
                }
                if (!(ended.decision().outcome() instanceof Outcome.Terminate end) || !end.lastDay().equals(lastDay)
                        || ended.decision().madeOn().isAfter(lastDay)) {
                    return Either.left(new ResocializationError.Invalid(
                            "a decision ending the service states its grounds and the last day, on or before that day"));
                }
                decisions.add(ended.decision());
            }
            List<Stay> stays = new ArrayList<>(stays());
            stays.set(stays.size() - 1, currentStay().endingOn(lastDay));
            return Either.right(ImmutableResocialization.LeftPathway.builder().from((Resocialization) this).decisions(decisions)
                    .stays(stays).laundry(laundry().stream().filter(l -> !l.on().isAfter(lastDay)).toList()).exit(exit)
                    .lastDay(lastDay).build());
        }

        /**
         * RES-4, RES-5: the checks every move makes: a decision to move to {@code to}, authorised,
         * the current stage's goals met, dated after the current stay began.
         */
        default Either<ResocializationError, Decision> checkMove(Decision decision, DeciderRole role, Stage to, LocalDate on) {
            if (role == DeciderRole.OTHER) {
                return Either.left(new ResocializationError.NotAuthorised());
            }
            if (!(decision.outcome() instanceof Outcome.MoveStage move) || !move.to().equals(to.name())) {
                return Either.left(new ResocializationError.Invalid("the decision moves the person to " + to));
            }
            if (!actionPlan().map(ActionPlan::allGoalsAchieved).getOrElse(false)) {
                return Either.left(new ResocializationError.GoalsNotMet());
            }
            if (!on.isAfter(currentStay().from()) || on.isBefore(decision.madeOn())) {
                return Either.left(new ResocializationError.Invalid("a move follows the decision and the current stay's start"));
            }
            return Either.right(decision);
        }
    }

    /** A resident who can move up to the next accommodation stage (RES-4): in the shelter or a social housing unit. */
    sealed interface Climbing extends Resocialization permits InShelter, InSocialHousingUnit {
        /**
         * RES-4: to the next stage, the current stage's goals met, by decision (RES-8).
         *
         * @return the resident at the next stage, or {@link ResocializationError.NotAuthorised},
         *         {@link ResocializationError.GoalsNotMet} or {@link ResocializationError.Invalid}
         */
        Either<ResocializationError, Resident> moveToNextStage(Decision decision, DeciderRole role, Room room, int children,
                                                               LocalDate on);
    }

    /** A resident who can move to independent life (RES-5): in a social housing unit or a dormitory. */
    sealed interface ReadyToLeave extends Resocialization permits InSocialHousingUnit, InDormitory {
        /**
         * RES-5: to independent life, the goals met and a dwelling found, by decision (RES-8).
         *
         * @return the person in independent life, or {@link ResocializationError.NotReady},
         *         {@link ResocializationError.NotAuthorised}, {@link ResocializationError.GoalsNotMet}
         *         or {@link ResocializationError.Invalid}
         */
        Either<ResocializationError, InIndependentLife> moveToIndependentLife(Decision decision, DeciderRole role,
                                                                              boolean dwellingFound, LocalDate on);
    }

    /** In the shelter (RES-3); moves only to a social housing unit (RES-4). */
    @Value.Immutable
    non-sealed interface InShelter extends Resident, Climbing {
        @Override
        default Either<ResocializationError, Resident> moveToNextStage(Decision decision, DeciderRole role, Room room, int children,
                                                                      LocalDate on) {
            return moveToSocialHousingUnit(decision, role, room, children, on);
        }

        /** RES-4: to a social housing unit, the shelter's goals met. */
        default Either<ResocializationError, Resident> moveToSocialHousingUnit(Decision decision, DeciderRole role, Room room,
                                                                              int children, LocalDate on) {
            return checkMove(decision, role, Stage.SOCIAL_HOUSING_UNIT, on)
                    .map(d -> Transitions.moved(this, Stage.SOCIAL_HOUSING_UNIT, d, room, children, on));
        }
    }

    /** In a social housing unit (RES-3); moves to a dormitory (RES-4) or independent life (RES-5). */
    @Value.Immutable
    non-sealed interface InSocialHousingUnit extends Resident, Climbing, ReadyToLeave {
        @Override
        default Either<ResocializationError, Resident> moveToNextStage(Decision decision, DeciderRole role, Room room, int children,
                                                                      LocalDate on) {
            return moveToDormitory(decision, role, room, children, on);
        }

        /** RES-4: to a dormitory, the unit's goals met. */
        default Either<ResocializationError, Resident> moveToDormitory(Decision decision, DeciderRole role, Room room,
                                                                      int children, LocalDate on) {
            return checkMove(decision, role, Stage.DORMITORY, on)
                    .map(d -> Transitions.moved(this, Stage.DORMITORY, d, room, children, on));
        }

        /** RES-5: to independent life, the goals met and a dwelling found. */
        @Override
        default Either<ResocializationError, InIndependentLife> moveToIndependentLife(Decision decision, DeciderRole role,
                                                                                     boolean dwellingFound, LocalDate on) {
            return Transitions.independent(this, decision, role, dwellingFound, on);
        }
    }

    /** In a dormitory (RES-3); moves only to independent life (RES-5). */
    @Value.Immutable
    non-sealed interface InDormitory extends Resident, ReadyToLeave {
        /** RES-5: to independent life, the goals met and a dwelling found. */
        @Override
        default Either<ResocializationError, InIndependentLife> moveToIndependentLife(Decision decision, DeciderRole role,
                                                                                     boolean dwellingFound, LocalDate on) {
            return Transitions.independent(this, decision, role, dwellingFound, on);
        }
    }

    /** Living independently (RES-1, RES-5). Final. */
    @Value.Immutable
    non-sealed interface InIndependentLife extends Resocialization {
        /** The stays before, all ended. */
        List<Stay> stays();

        /** Laundry used before. */
        List<LaundryUse> laundry();

        /** The first day of independent life. */
        LocalDate since();

        /** RES-10: the statement of the last months at the service. */
        default Either<ResocializationError, MonthlyStatement> statement(YearMonth month, Timeline<PriceList> prices) {
            return MonthlyStatement.of(month, stays(), laundry(), prices);
        }
    }

    /** Left the pathway before independent life (RES-11). Final. */
    @Value.Immutable
    non-sealed interface LeftPathway extends Resocialization {
        /** The stays, all ended, the last on {@link #lastDay()}. */
        List<Stay> stays();

        /** Laundry used while staying. */
        List<LaundryUse> laundry();

        /** How the resident left. */
        Exit exit();

        /** The last day of the stay. */
        LocalDate lastDay();

        /** RES-10, RES-11: the statement of a month, billing no day after the last. */
        default Either<ResocializationError, MonthlyStatement> statement(YearMonth month, Timeline<PriceList> prices) {
            return MonthlyStatement.of(month, stays(), laundry(), prices);
        }
    }

    /**
     * What every state shares, for {@link Reconstitute}.
     *
     * @param id                 the case
     * @param form               the application
     * @param districtGovernment where it was filed
     * @param identity           the identity document
     * @param appliedOn          the date of the application
     * @param decisions          the decisions, oldest first
     */
    record Common(CaseId id, ResocializationForm form, String districtGovernment, IdentityDocument identity, LocalDate appliedOn,
                  List<Decision> decisions) {
    }

    /** The fields every state shares. */
    default Common common() {
        return new Common(id(), form(), districtGovernment(), identity(), appliedOn(), decisions());
    }

    /**
     * Rebuilds states from stored data, for adapters; returns {@link ResocializationError.Invalid}
     * instead of a half-built object and never throws.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** An {@link Incomplete} case; the missing parts must be the form's. */
        public static Either<ResocializationError, Resocialization> incomplete(Common c, List<ApplicationPart> missing,
                                                                             Option<RemedyTerm> remedyTerm) {
            return build(() -> {
                List<ApplicationPart> actual = c.form().validate().fold(m -> m.toJavaList(), f -> List.of());
                if (actual.isEmpty() || !actual.equals(missing)) {
                    throw new IllegalArgumentException("the missing parts are not the form's");
                }
                return ImmutableResocialization.Incomplete.builder().id(c.id()).form(c.form()).districtGovernment(c.districtGovernment())
                        .identity(c.identity()).appliedOn(c.appliedOn()).decisions(c.decisions()).missingParts(missing)
                        .remedyTerm(remedyTerm).build();
            });
        }

        /** An {@link Applied} case. */
        public static Either<ResocializationError, Resocialization> applied(Common c) {
            return build(() -> ImmutableResocialization.Applied.builder().id(c.id()).form(c.form()).districtGovernment(c.districtGovernment())
                    .identity(c.identity()).appliedOn(c.appliedOn()).decisions(c.decisions()).build());
        }

        /** A {@link Refused} case. */
        public static Either<ResocializationError, Resocialization> refused(Common c) {
            return build(() -> ImmutableResocialization.Refused.builder().id(c.id()).form(c.form()).districtGovernment(c.districtGovernment())
                    .identity(c.identity()).appliedOn(c.appliedOn()).decisions(c.decisions()).build());
        }

        /** A resident at {@code stage} (shelter, social housing unit or dormitory). */
        public static Either<ResocializationError, Resocialization> resident(Common c, Stage stage, List<Stay> stays,
                                                                           Option<ActionPlan> plan, List<LaundryUse> laundry) {
            return build(() -> {
                Applied base = ImmutableResocialization.Applied.builder().id(c.id()).form(c.form())
                        .districtGovernment(c.districtGovernment()).identity(c.identity()).appliedOn(c.appliedOn())
                        .decisions(c.decisions()).build();
                if (stays.isEmpty() || stays.get(stays.size() - 1).stage() != stage) {
                    throw new IllegalArgumentException("the current stay is at the case's stage");
                }
                return Transitions.resident(base, stage, c.decisions(), stays, laundry, plan);
            });
        }

        /** A person in independent life. */
        public static Either<ResocializationError, Resocialization> independent(Common c, List<Stay> stays, List<LaundryUse> laundry,
                                                                              LocalDate since) {
            return build(() -> ImmutableResocialization.InIndependentLife.builder().id(c.id()).form(c.form())
                    .districtGovernment(c.districtGovernment()).identity(c.identity()).appliedOn(c.appliedOn())
                    .decisions(c.decisions()).stays(stays).laundry(laundry).since(since).build());
        }

        /** A case that left the pathway (RES-11). */
        public static Either<ResocializationError, Resocialization> left(Common c, List<Stay> stays, List<LaundryUse> laundry, Exit exit,
                                                                       LocalDate lastDay) {
            return build(() -> ImmutableResocialization.LeftPathway.builder().id(c.id()).form(c.form())
                    .districtGovernment(c.districtGovernment()).identity(c.identity()).appliedOn(c.appliedOn())
                    .decisions(c.decisions()).stays(stays).laundry(laundry).exit(exit).lastDay(lastDay).build());
        }

        private static Either<ResocializationError, Resocialization> build(java.util.function.Supplier<Resocialization> make) {
            try {
                return Either.right(make.get());
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                return Either.left(new ResocializationError.Invalid("stored resocialization case is not valid: " + e.getMessage()));
            }
        }
    }

    /** Shared steps. */
    final class Transitions {
        private Transitions() {
        }

        static Resident resident(Resocialization from, Stage stage, List<Decision> decisions, List<Stay> stays,
                                 List<LaundryUse> laundry) {
            return resident(from, stage, decisions, stays, laundry, Option.none());
        }

        static Resident resident(Resocialization from, Stage stage, List<Decision> decisions, List<Stay> stays,
                                 List<LaundryUse> laundry, Option<ActionPlan> plan) {
            return switch (stage) {
                case SHELTER -> ImmutableResocialization.InShelter.builder().from(from).decisions(decisions).stage(stage)
                        .stays(stays).laundry(laundry).actionPlan(plan).build();
                case SOCIAL_HOUSING_UNIT -> ImmutableResocialization.InSocialHousingUnit.builder().from(from).decisions(decisions)
                        .stage(stage).stays(stays).laundry(laundry).actionPlan(plan).build();
                case DORMITORY -> ImmutableResocialization.InDormitory.builder().from(from).decisions(decisions).stage(stage)
                        .stays(stays).laundry(laundry).actionPlan(plan).build();
                case INDEPENDENT_LIFE -> throw new IllegalArgumentException("independent life is not a residence stage");
            };
        }

        static Resident withPlan(Resident r, Option<ActionPlan> plan) {
            return resident(r, r.stage(), r.decisions(), r.stays(), r.laundry(), plan);
        }

        static Resident moved(Resident r, Stage to, Decision decision, Room room, int children, LocalDate on) {
            List<Decision> decisions = new ArrayList<>(r.decisions());
            decisions.add(decision);
            List<Stay> stays = new ArrayList<>(r.stays());
            stays.set(stays.size() - 1, r.currentStay().endingOn(on.minusDays(1)));
            stays.add(new Stay(to, room, children, on, Option.none()));
            return resident(r, to, decisions, stays, r.laundry(), Option.none());
        }

        static Either<ResocializationError, InIndependentLife> independent(Resident r, Decision decision, DeciderRole role,
                                                                           boolean dwellingFound, LocalDate on) {
            if (!dwellingFound) {
                return Either.left(new ResocializationError.NotReady());
            }
            return r.checkMove(decision, role, Stage.INDEPENDENT_LIFE, on).map(d -> {
                List<Decision> decisions = new ArrayList<>(r.decisions());
                decisions.add(d);
                List<Stay> stays = new ArrayList<>(r.stays());
                stays.set(stays.size() - 1, r.currentStay().endingOn(on.minusDays(1)));
                return ImmutableResocialization.InIndependentLife.builder().from((Resocialization) r).decisions(decisions)
                        .stays(stays).laundry(r.laundry()).since(on).build();
            });
        }
    }
}
