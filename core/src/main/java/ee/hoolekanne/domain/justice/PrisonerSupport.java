package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.Engagement;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The support-person service for prisoners (JUS-1, JUS-2): voluntary and free, for prisoners
 * with at most six months until release; trained volunteers working through partner providers
 * mediate contacts with authorities, employers and family.
 *
 * <pre>
 * Requested → Supporting → Ended
 * </pre>
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, defaults = @Value.Immutable(copy = true))
public sealed interface PrisonerSupport extends CaseFile<JusticeSchedule> {

    /** The case. */
    CaseId id();

    /** The prisoner. */
    PersonalCode prisoner();

    /** Everyone whose data this case holds: the prisoner (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        return List.of(prisoner());
    }

    @Override
    default CaseKind kind() {
        return CaseKind.PRISONER_SUPPORT;
    }

    @Override
    default String state() {
        return switch (this) {
            case Requested r -> "Requested";
            case Supporting s -> "Supporting";
            case Ended e -> "Ended";
        };
    }

    @Override
    default boolean isOpen() {
        return !(this instanceof Ended);
    }

    /** None: the support has no term of its own. */
    @Override
    default List<Obligation> openObligations(JusticeSchedule schedule) {
        return List.of();
    }

    @Override
    default LegalBasis basis(Rule rule, JusticeSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    @Override
    default List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.of(requestedOn(), "support person requested (JUS-1)"));
        switch (this) {
            case Requested r -> {
            }
            case Supporting s -> {
                entries.add(HistoryEntry.of(s.assignment().from(), "volunteer assigned (JUS-2)"));
                s.contacts().forEach(c -> entries.add(HistoryEntry.of(c.on(), "contact mediated (JUS-2)")));
                s.releasedOn().forEach(on -> entries.add(HistoryEntry.of(on, "released")));
            }
            case Ended e -> {
                entries.add(HistoryEntry.of(e.assignment().from(), "volunteer assigned (JUS-2)"));
                e.contacts().forEach(c -> entries.add(HistoryEntry.of(c.on(), "contact mediated (JUS-2)")));
                entries.add(HistoryEntry.of(e.endedOn(), "ended"));
            }
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /** The release date. */
    LocalDate releaseDate();

    /**
     * JUS-1: whether the support started (or, before an assignment, was asked for) more than six
     * months before release: outside the main target group, allowed and flagged for the provider's
     * reporting, never refused.
     */
    default boolean outsideMainTargetGroup(JusticeRules rules) {
        LocalDate start = switch (this) {
            case Requested r -> r.requestedOn();
            case Supporting s -> s.assignment().from();
            case Ended e -> e.assignment().from();
        };
        return start.isBefore(windowOpens(rules));
    }

    /** JUS-1: the date the prisoner asked for the service; it is voluntary. */
    LocalDate requestedOn();

    /** Who pays (JUS-7). */
    FundingSource funding();

    /** JUS-1: free for the prisoner. */
    default Money costToPrisoner() {
        return Money.ZERO;
    }

    /**
     * JUS-1: the start of the main target group: six months before release. A support person may
     * start earlier (the main target group is not an exclusive one); such a case is flagged, see
     * {@link #outsideMainTargetGroup}.
     */
    default LocalDate windowOpens(JusticeRules rules) {
        return releaseDate().minusMonths(rules.supportWindow().amount());
    }

    /**
     * JUS-1: the prisoner asks for a support person. Voluntary: only the prisoner's own request
     * opens a case.
     */
    static PrisonerSupport.Requested request(CaseId id, PersonalCode prisoner, LocalDate releaseDate, LocalDate on,
                                             JusticeRules rules) {
        return ImmutablePrisonerSupport.Requested.builder().id(id).prisoner(prisoner).releaseDate(releaseDate)
                .requestedOn(on).funding(rules.funding()).build();
    }

    /** Asked for; a volunteer is assigned within the window (JUS-1, JUS-2). */
    @Value.Immutable
    non-sealed interface Requested extends PrisonerSupport {

        /**
         * JUS-1, JUS-2: assigns a trained volunteer of a partner provider. The main target group is
         * prisoners with at most six months until release, but not an exclusive one: an earlier
         * start is allowed, and flagged ({@link #outsideMainTargetGroup}).
         *
         * @param partners the providers the Ministry works with
         * @return the case, or {@link SupportServiceError.NotQualified} or {@link SupportServiceError.WrongSupportPerson}
         */
        default Either<SupportServiceError, Supporting> assign(SupportPerson person, Set<ProviderId> partners, LocalDate on,
                                                              JusticeRules rules) {
            if (person.engagement() != Engagement.VOLUNTEER) {
                return Either.left(new SupportServiceError.WrongSupportPerson("the prisoners' support persons are volunteers (JUS-2)"));
            }
            if (!partners.contains(person.providerId())) {
                return Either.left(new SupportServiceError.WrongSupportPerson("support persons work through partner providers (JUS-2)"));
            }
            if (person.trainings().stream().noneMatch(t -> !t.completedOn().isAfter(on))) {
                return Either.left(new SupportServiceError.NotQualified());
            }
            return Either.right(ImmutablePrisonerSupport.Supporting.builder().from((PrisonerSupport) this)
                    .assignment(new Assignment(person.id(), person.kind(), person.providerId(), on))
                    .releasedOn(Option.none()).build());
        }
    }

    /** A volunteer supports the prisoner before and after release (JUS-2). */
    @Value.Immutable
    non-sealed interface Supporting extends PrisonerSupport {
        /** The volunteer. */
        Assignment assignment();

        /** The contacts mediated or guided (JUS-2). */
        List<Contact> contacts();

        /** When the prisoner was released, once they are. */
        Option<LocalDate> releasedOn();

        /** JUS-2: records a contact with an authority, employer or family. */
        default Either<SupportServiceError, Supporting> recordContact(Contact contact) {
            if (contact.on().isBefore(assignment().from())) {
                return Either.left(new SupportServiceError.Invalid("a contact follows the assignment"));
            }
            List<Contact> list = new ArrayList<>(contacts());
            list.add(contact);
            return Either.right(ImmutablePrisonerSupport.Supporting.copyOf(this).withContacts(list));
        }

        /** Records the release. */
        default Either<SupportServiceError, Supporting> release(LocalDate on) {
            if (releasedOn().isDefined() || on.isBefore(assignment().from())) {
                return Either.left(new SupportServiceError.Invalid("released once, after the assignment"));
            }
            return Either.right(ImmutablePrisonerSupport.Supporting.copyOf(this).withReleasedOn(Option.some(on)));
        }

        /** Ends the support. */
        default Ended end(LocalDate on, String reason) {
            return ImmutablePrisonerSupport.Ended.builder().from((PrisonerSupport) this).assignment(assignment())
                    .contacts(contacts()).endedOn(on).reason(reason).build();
        }
    }

    /**
     * Rebuilds states from stored data, for adapters; returns {@link SupportServiceError.Invalid}
     * instead of a half-built object and never throws.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** A {@link Requested} case. */
        public static Either<SupportServiceError, PrisonerSupport> requested(CaseId id, PersonalCode prisoner, LocalDate releaseDate,
                                                                            LocalDate requestedOn, FundingSource funding) {
            return build(() -> ImmutablePrisonerSupport.Requested.builder().id(id).prisoner(prisoner).releaseDate(releaseDate)
                    .requestedOn(requestedOn).funding(funding).build());
        }

        /** A {@link Supporting} case. */
        public static Either<SupportServiceError, PrisonerSupport> supporting(CaseId id, PersonalCode prisoner, LocalDate releaseDate,
                                                                             LocalDate requestedOn, FundingSource funding,
                                                                             Assignment assignment, List<Contact> contacts,
                                                                             Option<LocalDate> releasedOn) {
            return build(() -> ImmutablePrisonerSupport.Supporting.builder().id(id).prisoner(prisoner).releaseDate(releaseDate)
                    .requestedOn(requestedOn).funding(funding).assignment(assignment).contacts(contacts).releasedOn(releasedOn).build());
        }

        /** An {@link Ended} case. */
        public static Either<SupportServiceError, PrisonerSupport> ended(CaseId id, PersonalCode prisoner, LocalDate releaseDate,
                                                                        LocalDate requestedOn, FundingSource funding, Assignment assignment,
                                                                        List<Contact> contacts, LocalDate endedOn, String reason) {
            return build(() -> ImmutablePrisonerSupport.Ended.builder().id(id).prisoner(prisoner).releaseDate(releaseDate)
                    .requestedOn(requestedOn).funding(funding).assignment(assignment).contacts(contacts).endedOn(endedOn)
                    .reason(reason).build());
        }

        private static Either<SupportServiceError, PrisonerSupport> build(java.util.function.Supplier<PrisonerSupport> make) {
            try {
                return Either.right(make.get());
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                return Either.left(new SupportServiceError.Invalid("stored prisoner support case is not valid: " + e.getMessage()));
            }
        }
    }

    /** Ended. Final. */
    @Value.Immutable
    non-sealed interface Ended extends PrisonerSupport {
        /** The volunteer. */
        Assignment assignment();

        /** The contacts. */
        List<Contact> contacts();

        /** The last day. */
        LocalDate endedOn();

        /** Why. */
        String reason();
    }
}
