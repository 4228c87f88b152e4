package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Temporary accommodation for a released prisoner with no residence or an unsuitable one (JUS-3 ..
 * JUS-5): supporting activities, an action plan towards independent coping and a permanent job and
 * dwelling drawn up with the support person's help (JUS-4), a stay of up to six months that may be
 * extended by decision (JUS-5), at a provider chosen by location from directory data (JUS-6),
 * funded by the European Social Fund (JUS-7).
 *
 * <pre>
 * Staying → Left
 * </pre>
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, defaults = @Value.Immutable(copy = true))
public sealed interface ReleasedAccommodation extends CaseFile<JusticeSchedule> {

    /** The case. */
    CaseId id();

    /** The released person. */
    PersonalCode person();

    /** Everyone whose data this stay holds: the released person (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        return List.of(person());
    }

    @Override
    default CaseKind kind() {
        return CaseKind.ACCOMMODATION_STAY;
    }

    /**
     * HMS-6: the decision {@code decisionId} of this case was notified by {@code delivery}; the
     * terms that run from notification run from its date.
     *
     * @return the case with the notification recorded, or {@code SupportServiceError.Invalid} naming why not (no such
     *         decision, already recorded, delivered before it was made)
     */
    default Either<SupportServiceError, ReleasedAccommodation> recordDelivery(ee.hoolekanne.domain.decision.DecisionId decisionId,
                                                    ee.hoolekanne.domain.decision.Delivery delivery) {
        java.util.List<Decision> all = extensions();
        Either<String, Decision> notified = Decision.deliver(all, decisionId, delivery);
        if (notified.isLeft()) {
            return Either.left(new SupportServiceError.Invalid(notified.getLeft()));
        }
        Decision delivered = notified.get();
        return Either.right(switch (this) {
            case Staying x -> ImmutableReleasedAccommodation.Staying.copyOf(x).withExtensions(
                    all.stream().map(d -> d.id().equals(decisionId) ? delivered : d).toList());
            case Left x -> ImmutableReleasedAccommodation.Left.copyOf(x).withExtensions(
                    all.stream().map(d -> d.id().equals(decisionId) ? delivered : d).toList());
        });
    }

    @Override
    default String state() {
        return switch (this) {
            case Staying s -> "Staying";
            case Left l -> "Left";
        };
    }

    @Override
    default boolean isOpen() {
        return this instanceof Staying;
    }

    /** While staying, its end (JUS-5); none once left. */
    @Override
    default List<Obligation> openObligations(JusticeSchedule schedule) {
        return switch (this) {
            case Staying s -> s.openObligations(schedule.calendar(), schedule.rules());
            case Left l -> List.of();
        };
    }

    @Override
    default LegalBasis basis(Rule rule, JusticeSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    @Override
    default List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.of(admittedOn(), "admitted (JUS-3)"));
        extensions().forEach(d -> entries.add(HistoryEntry.decided(d, "stay extended (JUS-5)")));
        if (this instanceof Left left) {
            entries.add(HistoryEntry.of(left.leftOn(), "left"));
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /** The provider (JUS-6). */
    ProviderId provider();

    /** The bed place in the provider's housing stock. */
    UnitId unit();

    /** The first day of the stay. */
    LocalDate admittedOn();

    /** The extension decisions, oldest first (JUS-5). */
    List<Decision> extensions();

    /**
     * JUS-5: the last day of a stay as admitted on {@code admittedOn}, before any extension: the
     * same day number the term's months later (CAL-7).
     */
    static LocalDate admittedUntil(LocalDate admittedOn, JusticeRules rules) {
        return admittedOn.plusMonths(rules.accommodationTerm().amount());
    }

    /** Who pays (JUS-7). */
    FundingSource funding();

    /** Why a released prisoner needs accommodation (JUS-3). */
    enum Need {
        /** No residence. */
        NO_RESIDENCE,
        /** A residence unsuitable to be released to. */
        UNSUITABLE_RESIDENCE,
        /** A suitable residence: not eligible. */
        SUITABLE_RESIDENCE
    }

    /**
     * JUS-3, JUS-5: admits a released prisoner with no residence or an unsuitable one, for up to
     * the accommodation term (six months): counted from the day after the admission (TsÜS § 135),
     * so the last day has the admission's day number, six months later.
     *
     * @return the stay, or {@link SupportServiceError.NotEligible} or {@link SupportServiceError.Invalid}
     */
    static Either<SupportServiceError, Staying> admit(CaseId id, PersonalCode person, Need need, LocalDate releasedOn,
                                                     ProviderId provider, UnitId unit, Set<SupportingActivity> activities,
                                                     LocalDate admittedOn, JusticeRules rules) {
        if (need == Need.SUITABLE_RESIDENCE) {
            return Either.left(new SupportServiceError.NotEligible("the person has a suitable residence (JUS-3)"));
        }
        if (admittedOn.isBefore(releasedOn)) {
            return Either.left(new SupportServiceError.Invalid("accommodation follows the release"));
        }
        return Either.right(ImmutableReleasedAccommodation.Staying.builder().id(id).person(person).provider(provider).unit(unit)
                .admittedOn(admittedOn).funding(rules.funding()).activities(activities)
                .until(admittedUntil(admittedOn, rules))
                .actionPlan(Option.none()).planHelper(Option.none()).build());
    }

    /** Staying; the last day follows the extensions (JUS-5). */
    @Value.Immutable
    non-sealed interface Staying extends ReleasedAccommodation {
        /** The supporting activities offered (JUS-3). */
        Set<SupportingActivity> activities();

        /** The last day of the stay. */
        LocalDate until();

        /** The action plan (JUS-4). */
        Option<ActionPlan> actionPlan();

        /** The support person who helped plan (JUS-4). */
        Option<SupportPersonId> planHelper();

        /** The extension decisions (JUS-5, X-1). */
        List<Decision> extensions();

        /**
         * JUS-5: the stay ends on its last day unless extended. The deadline is counted on the
         * calendar (CAL-4 .. CAL-7): from the admission by the accommodation term, or from the
         * last extension decision to the day it extended the stay to.
         */
        default List<Obligation> openObligations(EstonianCalendar calendar, JusticeRules rules) {
            Deadline end = extensions().isEmpty()
                    ? calendar.deadline(admittedOn(), rules.accommodationTerm(), rules.basis(Rule.JUS_5), "admitted")
                    : calendar.deadline(extensions().get(extensions().size() - 1).madeOn(),
                            Term.days((int) ChronoUnit.DAYS.between(extensions().get(extensions().size() - 1).madeOn(), until())),
                            rules.basis(Rule.JUS_5), "stay extended until " + until());
            return List.of(Obligation.of(CaseKind.ACCOMMODATION_STAY, id(), Duty.STAY_ENDS, end));
        }

        /**
         * JUS-4: the action plan aims at independent coping and a permanent job and dwelling; the
         * support person helps plan.
         *
         * @return the stay, or {@link SupportServiceError.Invalid} for a plan without those aims,
         *         a second plan, or a plan missing parts
         */
        default Either<SupportServiceError, Staying> drawUpActionPlan(ActionPlanDraft draft, boolean aimsAtPermanentJob,
                                                                     boolean aimsAtPermanentDwelling,
                                                                     Option<SupportPersonId> helpedBy) {
            if (actionPlan().isDefined()) {
                return Either.left(new SupportServiceError.Invalid("the stay has an action plan already (X-4)"));
            }
            if (!aimsAtPermanentJob || !aimsAtPermanentDwelling) {
                return Either.left(new SupportServiceError.Invalid("the action plan aims at a permanent job and dwelling (JUS-4)"));
            }
            return draft.validate().toEither()
                    .mapLeft(missing -> (SupportServiceError) new SupportServiceError.Invalid("the action plan lacks " + missing.toJavaList()))
                    .map(plan -> ImmutableReleasedAccommodation.Staying.copyOf(this).withActionPlan(Option.some(plan))
                            .withPlanHelper(helpedBy));
        }

        /**
         * JUS-5: extends the stay by decision, before it ends.
         *
         * @return the stay, or {@link SupportServiceError.Invalid}
         */
        default Either<SupportServiceError, Staying> extend(Decision decision) {
            if (!(decision.outcome() instanceof Outcome.Extend extend) || !extend.newServiceEnd().isAfter(until())
                    || decision.madeOn().isAfter(until())) {
                return Either.left(new SupportServiceError.Invalid("an extension is decided before the stay ends and lengthens it (JUS-5)"));
            }
            List<Decision> list = new ArrayList<>(extensions());
            list.add(decision);
            return Either.right(ImmutableReleasedAccommodation.Staying.copyOf(this).withExtensions(list).withUntil(extend.newServiceEnd()));
        }

        /** Leaves before or on the last day. */
        default Either<SupportServiceError, Left> leave(LocalDate on, String reason) {
            if (on.isAfter(until()) || on.isBefore(admittedOn())) {
                return Either.left(new SupportServiceError.AfterEnd(until()));
            }
            return Either.right(ImmutableReleasedAccommodation.Left.builder().from((ReleasedAccommodation) this).leftOn(on)
                    .reason(reason).extensions(extensions()).build());
        }

        /** JUS-5: the stay ends after its last day. */
        default Either<SupportServiceError, Left> expire(LocalDate today) {
            if (!today.isAfter(until())) {
                return Either.left(new SupportServiceError.Invalid("the stay runs until " + until()));
            }
            return Either.right(ImmutableReleasedAccommodation.Left.builder().from((ReleasedAccommodation) this).leftOn(until())
                    .reason("the stay ended").extensions(extensions()).build());
        }
    }

    /**
     * Rebuilds states from stored data, for adapters; returns {@link SupportServiceError.Invalid}
     * instead of a half-built object and never throws.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** A {@link Staying} stay. */
        public static Either<SupportServiceError, ReleasedAccommodation> staying(CaseId id, PersonalCode person, ProviderId provider,
                                                                                UnitId unit, LocalDate admittedOn, FundingSource funding,
                                                                                Set<SupportingActivity> activities, LocalDate until,
                                                                                Option<ActionPlan> plan, Option<SupportPersonId> helper,
                                                                                List<Decision> extensions) {
            return build(() -> ImmutableReleasedAccommodation.Staying.builder().id(id).person(person).provider(provider).unit(unit)
                    .admittedOn(admittedOn).funding(funding).activities(activities).until(until).actionPlan(plan).planHelper(helper)
                    .extensions(extensions).build());
        }

        /** A {@link Left} stay. */
        public static Either<SupportServiceError, ReleasedAccommodation> left(CaseId id, PersonalCode person, ProviderId provider,
                                                                             UnitId unit, LocalDate admittedOn, FundingSource funding,
                                                                             LocalDate leftOn, String reason, List<Decision> extensions) {
            return build(() -> ImmutableReleasedAccommodation.Left.builder().id(id).person(person).provider(provider).unit(unit)
                    .admittedOn(admittedOn).funding(funding).leftOn(leftOn).reason(reason).extensions(extensions).build());
        }

        private static Either<SupportServiceError, ReleasedAccommodation> build(
                java.util.function.Supplier<ReleasedAccommodation> make) {
            try {
                ReleasedAccommodation a = make.get();
                if (!a.extensions().stream().allMatch(d -> d.outcome() instanceof Outcome.Extend)) {
                    return Either.left(new SupportServiceError.Invalid("an extension decision extends"));
                }
                return Either.right(a);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                return Either.left(new SupportServiceError.Invalid("stored accommodation is not valid: " + e.getMessage()));
            }
        }
    }

    /** Left. Final. */
    @Value.Immutable
    non-sealed interface Left extends ReleasedAccommodation {
        /** The last day. */
        LocalDate leftOn();

        /** Why. */
        String reason();

        /** The extensions there were. */
        List<Decision> extensions();
    }
}
