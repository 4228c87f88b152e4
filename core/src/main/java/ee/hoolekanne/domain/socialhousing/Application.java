package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A social housing case in Tartu (TSM-1 .. TSM-25): one application and everything that follows
 * from it, as a sealed lifecycle in which every state is its own type.
 *
 * <pre>
 * Incomplete ⇄ (supplement) → Complete → Assessed ─┬→ Granted → Delivered → Contracted → InService → Ended
 *                                                   ├→ WaitListed ─┬→ Granted         ↘ Lapsed (TSM-13..15)
 *                                                   └→ Refused     └→ Refused
 * </pre>
 *
 * <p>Transitions are methods of the source state only; those a rule can refuse return
 * {@code Either<SocialHousingError, Target>}, and a refusal changes nothing (the value is
 * immutable). Every transition appends to the {@link #events()}; the id, the form's applicant
 * and every decision already made never change. Consumers switch over the states exhaustively.
 * Adapters rebuild states through {@link Reconstitute}.
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        defaults = @Value.Immutable(copy = true))
public sealed interface Application extends CaseFile<SocialHousingSchedule> {

    /** The case's identifier; never changes. */
    CaseId id();

    /** What was submitted (and supplemented); the applicant never changes. */
    ApplicationForm form();

    /** The date the application was first submitted. */
    LocalDate submittedOn();

    /** Everything that happened, oldest first; only ever appended to. */
    List<CaseEvent> events();

    @Override
    default CaseKind kind() {
        return CaseKind.SOCIAL_HOUSING;
    }

    @Override
    default boolean isOpen() {
        return !(this instanceof Refused || this instanceof Lapsed || this instanceof Ended);
    }

    /** The applicant and the household members (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        return household().everyone();
    }

    @Override
    default List<HistoryEntry> history() {
        return events().stream().map(CaseEvent::asHistoryEntry).toList();
    }

    /** The obligations open in this state under the rule set in force on the day the case was submitted. */
    @Override
    default List<Obligation> openObligations(SocialHousingSchedule schedule) {
        return schedule.rulesOn(submittedOn()).map(rules -> openObligations(schedule.calendar(), rules)).getOrElse(List.of());
    }

    @Override
    default LegalBasis basis(Rule rule, SocialHousingSchedule schedule) {
        return schedule.rulesFor(this).basis(rule);
    }

    /** The applicant and family members. */
    default Household household() {
        return form().household();
    }

    /** Every decision made in the case, oldest first. */
    default List<Decision> decisions() {
        return events().stream().flatMap(e -> e.decision().toJavaStream()).toList();
    }

    /** The state's name, e.g. {@code InService}. */
    @Override
    default String state() {
        return switch (this) {
            case Incomplete s -> "Incomplete";
            case Complete s -> "Complete";
            case Assessed s -> "Assessed";
            case WaitListed s -> "WaitListed";
            case Refused s -> "Refused";
            case Granted s -> "Granted";
            case Delivered s -> "Delivered";
            case Contracted s -> "Contracted";
            case InService s -> "InService";
            case Lapsed s -> "Lapsed";
            case Ended s -> "Ended";
        };
    }

    /**
     * The obligations open in this state, each with its computed deadline and legal basis: the
     * committee's decision (TSM-8), delivery (TSM-15), contract (TSM-13), start of use (TSM-14),
     * the action plan (TSM-16), the pre-expiry assessment (TSM-24) and unnotified family changes
     * (TSM-20).
     */
    default List<Obligation> openObligations(EstonianCalendar calendar, SocialHousingRules rules) {
        return switch (this) {
            case Complete c -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.COMMITTEE_DECISION, c.decisionDeadline(calendar, rules)));
            case Assessed a -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.COMMITTEE_DECISION, a.decisionDeadline(calendar, rules)));
            case Granted g -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.DELIVER_DECISION, g.deliveryDeadline(calendar, rules)));
            case Delivered d -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.SIGN_CONTRACT, d.contractDeadline(calendar, rules)));
            case Contracted c -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.START_USE, c.startOfUseDeadline(calendar, rules)));
            case InService s -> s.runningObligations(calendar, rules);
            case Incomplete s -> s.remedyTerm().map(t -> List.of(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.REMEDY_APPLICATION,
                    t.deadline(calendar)))).getOrElse(List.of());
            case WaitListed s -> List.of();
            case Refused s -> List.of();
            case Lapsed s -> List.of();
            case Ended s -> List.of();
        };
    }

    /**
     * Submits an application (TSM-6): complete if every part of § 6(2)-(3) is there, otherwise
     * incomplete with every missing part listed.
     *
     * @return the new case, or {@link SocialHousingError.ApplicantNotAdult} (§ 6(1))
     */
    static Either<SocialHousingError, Application> submit(CaseId id, ApplicationForm form, LocalDate on,
                                                          SocialHousingRules rules) {
        return submit(id, form, on, Option.none(), rules);
    }

    /**
     * Submits an application filed at {@code filedAt}, the area centre where the adult applied
     * (TSM-6, § 6(1)); the submission's history entry records it. Whether it is the centre of the
     * applicant's residence is checked by the use case, which reads the population register.
     *
     * @return the new case, or {@link SocialHousingError.ApplicantNotAdult} (§ 6(1))
     */
    static Either<SocialHousingError, Application> submit(CaseId id, ApplicationForm form, LocalDate on,
                                                          Option<String> filedAt, SocialHousingRules rules) {
        if (form.household().applicant().ageOn(on) < rules.adultAge()) {
            return Either.left(new SocialHousingError.ApplicantNotAdult());
        }
        List<CaseEvent> history = List.of(CaseEvent.of(on, CaseEvent.Kind.SUBMITTED,
                Rule.TSM_6.id() + filedAt.map(centre -> ", filed at " + centre).getOrElse("")));
        return Either.right(completeOrNot(id, form, on, on, history));
    }

    private static Application completeOrNot(CaseId id, ApplicationForm form, LocalDate submittedOn, LocalDate on,
                                             List<CaseEvent> history) {
        return form.missingParts().fold(
                missing -> ImmutableApplication.Incomplete.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).missingParts(missing.toJavaList()).build(),
                complete -> ImmutableApplication.Complete.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).completedOn(on).build());
    }

    /** Submitted with parts missing (TSM-6). */
    @Value.Immutable
    non-sealed interface Incomplete extends Application {

        /** Every missing part, in the order of § 6. */
        List<MissingPart> missingParts();

        /** The term set to remedy the defects (HMS-1), once the official has set it. */
        @Value.Default
        default Option<RemedyTerm> remedyTerm() {
            return Option.none();
        }

        /**
         * HMS-1: the official sets the term within which the defects are to be remedied; a new
         * term replaces an earlier one.
         *
         * @return the case, or {@link SocialHousingError.InvalidDates} for a term set before submission
         */
        default Either<SocialHousingError, Incomplete> setRemedyTerm(RemedyTerm term) {
            if (term.setOn().isBefore(submittedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("a remedy term set before the application was submitted"));
            }
            return Either.right(ImmutableApplication.Incomplete.builder().from(this).remedyTerm(Option.some(term))
                    .addEvents(CaseEvent.of(term.setOn(), CaseEvent.Kind.REMEDY_TERM_SET, Rule.HMS_1.id() + ", " + term.term()))
                    .build());
        }

        /**
         * HMS-1: the defects were not remedied in time, so the authority leaves the application
         * unprocessed; the case ends as {@link Refused}, holding that decision.
         *
         * @return the case, or {@link SocialHousingError.NoRemedyTerm}, {@link
         *         SocialHousingError.DeadlineNotPassed} while the term runs, or {@link
         *         SocialHousingError.WrongOutcome}
         */
        default Either<SocialHousingError, Refused> leaveUnprocessed(Decision decision, EstonianCalendar calendar) {
            if (!(decision.outcome() instanceof Outcome.LeaveUnprocessed)) {
                return Either.left(new SocialHousingError.WrongOutcome("leave unprocessed", decision.outcome().getClass().getSimpleName()));
            }
            if (remedyTerm().isEmpty()) {
                return Either.left(new SocialHousingError.NoRemedyTerm());
            }
            Deadline due = remedyTerm().get().deadline(calendar);
            if (!decision.madeOn().isAfter(due.dueDate())) {
                return Either.left(new SocialHousingError.DeadlineNotPassed(due));
            }
            return Either.right(ImmutableApplication.Refused.builder().from((Application) this).decision(decision)
                    .addEvents(CaseEvent.decided(decision)).build());
        }

        /**
         * Replaces the form with a supplemented one: complete if nothing is missing any more.
         *
         * @return the case, or {@link SocialHousingError.ApplicantChanged}
         */
        default Either<SocialHousingError, Application> supplement(ApplicationForm supplemented, LocalDate on) {
            if (!supplemented.household().applicant().equals(household().applicant())) {
                return Either.left(new SocialHousingError.ApplicantChanged());
            }
            if (on.isBefore(submittedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("supplemented before it was submitted"));
            }
            List<CaseEvent> history = new ArrayList<>(events());
            history.add(CaseEvent.of(on, CaseEvent.Kind.SUPPLEMENTED, Rule.TSM_6.id()));
            return Either.right(completeOrNot(id(), supplemented, submittedOn(), on, history));
        }
    }

    /** Complete; the committee's decision is due within the decision term from {@link #completedOn()} (TSM-8). */
    @Value.Immutable
    non-sealed interface Complete extends Application {

        /** The date the application became complete (nõuetekohane): the TSM-8 term runs from it. */
        LocalDate completedOn();

        /** TSM-8: the committee decides within 10 working days of the complete application. */
        default Deadline decisionDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return Transitions.decisionDeadline(completedOn(), calendar, rules);
        }

        /**
         * TSM-7: the specialist's assessment, resting on documents, interview, economic analysis
         * and home visit, with a proposal to the committee.
         *
         * @return the assessed case, or {@link SocialHousingError.AssessmentIncomplete} or
         *         {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, Assessed> assess(Assessment assessment) {
            if (!assessment.missingMethods().isEmpty()) {
                return Either.left(new SocialHousingError.AssessmentIncomplete(assessment.missingMethods()));
            }
            if (assessment.assessedOn().isBefore(completedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("assessed before the application was complete"));
            }
            return Either.right(ImmutableApplication.Assessed.builder().from(this).completedOn(completedOn())
                    .assessment(assessment)
                    .addEvents(CaseEvent.of(assessment.assessedOn(), CaseEvent.Kind.ASSESSED,
                            assessment.proposesGrant() ? Rule.TSM_7.id() + " proposes grant" : Rule.TSM_7.id() + " proposes refusal"))
                    .build());
        }
    }

    /** A case the committee can decide: assessed, or waiting for a place. */
    sealed interface Decidable extends Application permits Assessed, WaitListed {

        /** The date the application became complete. */
        LocalDate completedOn();

        /** The specialist's assessment. */
        Assessment assessment();

        /** TSM-8: the committee decides within the decision term of the complete application. */
        default Deadline decisionDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return Transitions.decisionDeadline(completedOn(), calendar, rules);
        }

        /**
         * Grants the service (TSM-9): the decision names the units and the term. Needs the proof of
         * eligibility (TSM-2) and the placement the household needs on the day of the decision: a
         * separate dwelling for a family with a child (TSM-5), otherwise a bed place for each adult
         * (TSM-4: adults without a child are not a family of § 5); the caller has allocated the
         * units in the housing stock, all of them or none.
         *
         * @return the granted case, or {@link SocialHousingError.WrongOutcome},
         *         {@link SocialHousingError.WrongNumberOfUnits} or {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, Granted> grant(Decision decision, Eligibility eligible, SocialHousingRules rules) {
            if (!(decision.outcome() instanceof Outcome.Grant grant)) {
                return Either.left(new SocialHousingError.WrongOutcome("grant", decision.outcome().getClass().getSimpleName()));
            }
            PlacementKind kind = household().placementKindOn(decision.madeOn(), rules.adultAge());
            int needed = unitsNeeded(household(), kind, decision.madeOn(), rules);
            if (grant.units().size() != needed) {
                return Either.left(new SocialHousingError.WrongNumberOfUnits(kind, needed, grant.units().size()));
            }
            if (decision.madeOn().isBefore(assessment().assessedOn()) || !grant.serviceEnd().isAfter(decision.madeOn())) {
                return Either.left(new SocialHousingError.InvalidDates(
                        "a grant is made after the assessment and its term ends after the decision"));
            }
            return Either.right(ImmutableApplication.Granted.builder().from((Application) this).decision(decision)
                    .units(grant.units()).placementKind(kind).addEvents(CaseEvent.decided(decision)).build());
        }

        /**
         * Refuses the service on grounds of TSM-10.
         *
         * @return the refused case, or {@link SocialHousingError.WrongOutcome}
         */
        default Either<SocialHousingError, Refused> refuse(Decision decision) {
            if (!(decision.outcome() instanceof Outcome.Refuse refusal)
                    || !refusal.grounds().stream().allMatch(g -> g instanceof RefusalGround)) {
                return Either.left(new SocialHousingError.WrongOutcome("refuse on grounds of TSM-10",
                        decision.outcome().getClass().getSimpleName()));
            }
            if (decision.madeOn().isBefore(assessment().assessedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("decided before the assessment"));
            }
            return Either.right(ImmutableApplication.Refused.builder().from((Application) this).decision(decision)
                    .addEvents(CaseEvent.decided(decision)).build());
        }
    }

    /** Assessed by the specialist, with a proposal; awaiting the committee (TSM-7, TSM-8). */
    @Value.Immutable
    non-sealed interface Assessed extends Decidable {

        /**
         * Puts an eligible applicant on the waiting list because every place is taken (TSM-11);
         * the caller has checked the stock.
         *
         * @return the wait-listed case, or {@link SocialHousingError.WrongOutcome}
         */
        default Either<SocialHousingError, WaitListed> waitList(Decision decision, Eligibility eligible) {
            if (!(decision.outcome() instanceof Outcome.WaitList)) {
                return Either.left(new SocialHousingError.WrongOutcome("wait-list", decision.outcome().getClass().getSimpleName()));
            }
            if (decision.madeOn().isBefore(assessment().assessedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("decided before the assessment"));
            }
            return Either.right(ImmutableApplication.WaitListed.builder().from((Application) this)
                    .completedOn(completedOn()).assessment(assessment()).waitListedOn(decision.madeOn())
                    .addEvents(CaseEvent.decided(decision)).build());
        }
    }

    /** Eligible and waiting for a place (TSM-11); a later decision grants or refuses. */
    @Value.Immutable
    non-sealed interface WaitListed extends Decidable {
        /** The date of the wait-listing decision. */
        LocalDate waitListedOn();
    }

    /** Refused (TSM-10), or left unprocessed after its remedy term (HMS-1). Final. */
    @Value.Immutable
    non-sealed interface Refused extends Application {
        /** The refusal, or the decision leaving the application unprocessed. */
        Decision decision();
    }

    /**
     * TSM-4, TSM-5: how many units a household needs on {@code on}: one separate dwelling for a
     * family with a child, otherwise one bed place for each adult.
     */
    static int unitsNeeded(Household household, PlacementKind kind, LocalDate on, SocialHousingRules rules) {
        return kind == PlacementKind.SEPARATE_DWELLING ? 1 : Math.max(1, household.adultsOn(on, rules.adultAge()).size());
    }

    /** A state in which a dwelling or bed places are held for the case. */
    sealed interface Placed extends Application permits Lapsable, InService {
        /** The granting decision. */
        Decision decision();

        /** The dwelling, or the bed places: one for each adult (TSM-4). */
        List<UnitId> units();

        /** Bed place or separate dwelling (TSM-4, TSM-5). */
        PlacementKind placementKind();

        /** The last day of the service term named in the decision (TSM-9), or as extended (TSM-25). */
        default LocalDate serviceEnd() {
            LocalDate end = ((Outcome.Grant) decision().outcome()).serviceEnd();
            for (Decision d : decisions()) {
                if (d.outcome() instanceof Outcome.Extend extend) {
                    end = extend.newServiceEnd();
                }
            }
            return end;
        }
    }

    /**
     * A placed case whose granting decision becomes invalid when a deadline passes: not delivered
     * (TSM-15), no contract (TSM-13), use not started (TSM-14).
     */
    sealed interface Lapsable extends Placed permits Granted, Delivered, Contracted {

        /**
         * The decision lapses when this state's deadline has passed by {@code today}.
         *
         * @return the lapsed case, or {@link SocialHousingError.DeadlineNotPassed} while there is time
         */
        Either<SocialHousingError, Lapsed> lapse(LocalDate today, EstonianCalendar calendar, SocialHousingRules rules);
    }

    /** Granted; the decision must be delivered within the delivery term (TSM-15). */
    @Value.Immutable
    non-sealed interface Granted extends Lapsable {

        /** TSM-15: a granted decision not delivered within 10 working days of being made lapses. */
        default Deadline deliveryDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(decision().madeOn(), rules.deliveryTerm(), rules.basis(Rule.TSM_15), "decision made");
        }

        /**
         * Records the delivery of the decision.
         *
         * @return the delivered case, or {@link SocialHousingError.DeadlinePassed} (TSM-15: the
         *         decision has lapsed) or {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, Delivered> deliver(Delivery delivery, EstonianCalendar calendar,
                                                             SocialHousingRules rules) {
            Deadline deadline = deliveryDeadline(calendar, rules);
            if (delivery.date().isBefore(decision().madeOn())) {
                return Either.left(new SocialHousingError.InvalidDates("delivered before the decision was made"));
            }
            if (!deadline.isMetBy(delivery.date())) {
                return Either.left(new SocialHousingError.DeadlinePassed(deadline));
            }
            return Either.right(ImmutableApplication.Delivered.builder().from((Application) this).decision(decision())
                    .units(units()).placementKind(placementKind()).delivery(delivery)
                    .addEvents(CaseEvent.of(delivery.date(), CaseEvent.Kind.DELIVERED, delivery.method().name()))
                    .build());
        }

        /**
         * TSM-15: the decision lapses when it was not delivered in time.
         *
         * @return the lapsed case, or {@link SocialHousingError.DeadlineNotPassed} while there is time
         */
        @Override
        default Either<SocialHousingError, Lapsed> lapse(LocalDate today, EstonianCalendar calendar,
                                                        SocialHousingRules rules) {
            return Transitions.lapse(this, deliveryDeadline(calendar, rules), today, Rule.TSM_15);
        }
    }

    /** Delivered; the contract must be signed within the contract term of receipt (TSM-13). */
    @Value.Immutable
    non-sealed interface Delivered extends Lapsable {

        /** How and when the decision was delivered. */
        Delivery delivery();

        /** TSM-13: no contract within 10 working days of receiving the decision: it lapses. */
        default Deadline contractDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(delivery().date(), rules.contractTerm(), rules.basis(Rule.TSM_13), "decision received");
        }

        /**
         * TSM-12: the contract, signed by the applicant and, for the Children's Safe House, by
         * every adult who applied for the shared dwelling; ending on the service term's last day.
         *
         * @return the contracted case, or {@link SocialHousingError.DeadlinePassed} (TSM-13),
         *         {@link SocialHousingError.MissingSignatories} or {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, Contracted> signContract(ServiceContract contract, EstonianCalendar calendar,
                                                                   SocialHousingRules rules) {
            Deadline deadline = contractDeadline(calendar, rules);
            if (contract.signedOn().isBefore(delivery().date()) || contract.startDate().isBefore(contract.signedOn())) {
                return Either.left(new SocialHousingError.InvalidDates(
                        "a contract is signed after the decision is received and starts on or after signing"));
            }
            if (!contract.endDate().equals(serviceEnd())) {
                return Either.left(new SocialHousingError.InvalidDates("the contract must end on the decision's term, " + serviceEnd()));
            }
            if (!deadline.isMetBy(contract.signedOn())) {
                return Either.left(new SocialHousingError.DeadlinePassed(deadline));
            }
            List<PersonalCode> required = contract.provider() == ShelterProvider.TURVAKODU
                    ? household().adultsOn(contract.signedOn(), rules.adultAge())
                    : List.of(household().applicant());
            long missing = required.stream().filter(p -> !contract.signatories().contains(p)).count();
            if (missing > 0) {
                return Either.left(new SocialHousingError.MissingSignatories((int) missing));
            }
            return Either.right(ImmutableApplication.Contracted.builder().from((Application) this).decision(decision())
                    .units(units()).placementKind(placementKind()).delivery(delivery()).contract(contract)
                    .addEvents(CaseEvent.of(contract.signedOn(), CaseEvent.Kind.CONTRACT_SIGNED, Rule.TSM_12.id()))
                    .build());
        }

        /**
         * TSM-13: the decision lapses when no contract was signed in time.
         *
         * @return the lapsed case, or {@link SocialHousingError.DeadlineNotPassed} while there is time
         */
        @Override
        default Either<SocialHousingError, Lapsed> lapse(LocalDate today, EstonianCalendar calendar,
                                                        SocialHousingRules rules) {
            return Transitions.lapse(this, contractDeadline(calendar, rules), today, Rule.TSM_13);
        }
    }

    /** Contract signed; use must start within the start-of-use term of the contract's start date (TSM-14). */
    @Value.Immutable
    non-sealed interface Contracted extends Lapsable {

        /** How and when the decision was delivered. */
        Delivery delivery();

        /** The contract. */
        ServiceContract contract();

        /** TSM-14: use not started within 10 working days of the contract's start date: it lapses. */
        default Deadline startOfUseDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(contract().startDate(), rules.startOfUseTerm(), rules.basis(Rule.TSM_14),
                    "start date in the contract");
        }

        /**
         * The recipient starts using the service: the service starts now (TSM-12, TSM-14).
         *
         * @return the running service, or {@link SocialHousingError.DeadlinePassed} (TSM-14) or
         *         {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, InService> startUse(LocalDate on, EstonianCalendar calendar,
                                                              SocialHousingRules rules) {
            Deadline deadline = startOfUseDeadline(calendar, rules);
            if (on.isBefore(contract().startDate())) {
                return Either.left(new SocialHousingError.InvalidDates("use starts on or after the contract's start date"));
            }
            if (!deadline.isMetBy(on)) {
                return Either.left(new SocialHousingError.DeadlinePassed(deadline));
            }
            return Either.right(ImmutableApplication.InService.builder().from((Application) this).decision(decision())
                    .units(units()).placementKind(placementKind()).contract(contract()).useStartedOn(on)
                    .actionPlan(Option.none()).preExpiryAssessment(Option.none()).copingAssessment(Option.none())
                    .addEvents(CaseEvent.of(on, CaseEvent.Kind.USE_STARTED, Rule.TSM_14.id()))
                    .build());
        }

        /**
         * TSM-14: the decision lapses and the contract ends when use did not start in time.
         *
         * @return the lapsed case, or {@link SocialHousingError.DeadlineNotPassed} while there is time
         */
        @Override
        default Either<SocialHousingError, Lapsed> lapse(LocalDate today, EstonianCalendar calendar,
                                                        SocialHousingRules rules) {
            return Transitions.lapse(this, startOfUseDeadline(calendar, rules), today, Rule.TSM_14);
        }
    }

    /** The service is running: action plan, fees, absences, family changes, house rules, ending. */
    @Value.Immutable
    non-sealed interface InService extends Placed {

        /** The contract; its end date follows extensions. */
        ServiceContract contract();

        /** The day use started: the service started (TSM-14). */
        LocalDate useStartedOn();

        /** The action plan, once drawn up (TSM-16). */
        Option<ActionPlan> actionPlan();

        /** Absences recorded (TSM-20). */
        List<Absence> absences();

        /** Family changes recorded (TSM-20). */
        List<FamilyChange> familyChanges();

        /** House-rule breaches recorded (TSM-19). */
        List<HouseRuleBreach> houseRuleBreaches();

        /** Fees and ancillary costs charged (TSM-4, TSM-5). */
        List<Charge> charges();

        /** Payments received. */
        List<Payment> payments();

        /** The assessment one month before the current term ends (TSM-24), cleared by an extension. */
        Option<PreExpiryAssessment> preExpiryAssessment();

        /** The latest assessment of the recipient's independent coping (TSM-23), if one was made. */
        Option<CopingAssessment> copingAssessment();

        /** What is owed: charges less credits and payments; negative when paid in advance. */
        default Money arrears() {
            Money owed = charges().stream().map(Charge::signedAmount).reduce(Money.ZERO, Money::plus);
            return payments().stream().map(Payment::amount).reduce(owed, Money::minus);
        }

        /** TSM-16: the action plan is drawn up within one month of signing the contract. */
        default Deadline actionPlanDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(contract().signedOn(), rules.actionPlanTerm(), rules.basis(Rule.TSM_16), "contract signed");
        }

        /** TSM-24: the shelter assesses the prospects one month before the term ends (a backward term). */
        default Deadline preExpiryAssessmentDeadline(EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(serviceEnd(), rules.preExpiryAssessmentTerm(), rules.basis(Rule.TSM_24), "service term ends");
        }

        /**
         * TSM-20 8: a family change is notified to the provider within 10 working days; the notice
         * is an act towards the provider, so the term ends when its working day ends (CAL-9).
         */
        default Deadline familyChangeNoticeDeadline(FamilyChange change, EstonianCalendar calendar, SocialHousingRules rules) {
            return rules.atProvider(calendar.deadline(change.occurredOn(), rules.familyChangeNoticeTerm(), rules.basis(Rule.TSM_20),
                    "family composition changed"), contract().provider(), calendar);
        }

        /** The obligations of a running service. */
        default List<Obligation> runningObligations(EstonianCalendar calendar, SocialHousingRules rules) {
            List<Obligation> open = new ArrayList<>();
            if (actionPlan().isEmpty()) {
                open.add(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.DRAW_UP_ACTION_PLAN, actionPlanDeadline(calendar, rules)));
            }
            if (preExpiryAssessment().isEmpty()) {
                open.add(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.ASSESS_BEFORE_EXPIRY, preExpiryAssessmentDeadline(calendar, rules)));
            }
            for (FamilyChange change : familyChanges()) {
                if (change.notifiedOn().isEmpty()) {
                    open.add(Obligation.of(CaseKind.SOCIAL_HOUSING, id(), Duty.NOTIFY_FAMILY_CHANGE,
                            familyChangeNoticeDeadline(change, calendar, rules)));
                }
            }
            return List.copyOf(open);
        }

        /**
         * TSM-16, TSM-17: draws up the action plan with the recipient taking part (TSM-18: their
         * right; TSM-20 3): their duty); every missing part is reported at once.
         *
         * @return the case with its plan, or {@link SocialHousingError.ActionPlanAlreadyExists}
         *         {@link SocialHousingError.RecipientNotInvolved},
         *         {@link SocialHousingError.ActionPlanIncomplete} or {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, InService> drawUpActionPlan(ActionPlanDraft draft) {
            if (actionPlan().isDefined()) {
                return Either.left(new SocialHousingError.ActionPlanAlreadyExists());
            }
            if (draft.drawnUpOn().isBefore(contract().signedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("an action plan follows the contract"));
            }
            if (!draft.recipientParticipated()) {
                return Either.left(new SocialHousingError.RecipientNotInvolved());
            }
            return draft.validate().toEither()
                    .mapLeft(missing -> (SocialHousingError) new SocialHousingError.ActionPlanIncomplete(missing.toJavaList()))
                    .map(plan -> ImmutableApplication.InService.copyOf(this).withActionPlan(Option.some(plan))
                            .withEvents(appended(CaseEvent.of(plan.drawnUpOn(), CaseEvent.Kind.ACTION_PLAN_DRAWN_UP, Rule.TSM_16.id()))));
        }

        /**
         * Records an interim or follow-up evaluation of a goal (TSM-17 9).
         *
         * @return the case, or {@link SocialHousingError.NoActionPlan} or {@link SocialHousingError.UnknownGoal}
         */
        default Either<SocialHousingError, InService> evaluateGoal(String goalId, Evaluation evaluation) {
            if (actionPlan().isEmpty()) {
                return Either.left(new SocialHousingError.NoActionPlan());
            }
            return actionPlan().get().evaluate(goalId, evaluation)
                    .toEither(() -> (SocialHousingError) new SocialHousingError.UnknownGoal(goalId))
                    .map(plan -> ImmutableApplication.InService.copyOf(this).withActionPlan(Option.some(plan))
                            .withEvents(appended(CaseEvent.of(evaluation.date(), CaseEvent.Kind.GOAL_EVALUATED,
                                    evaluation.kind() + " " + evaluation.status()))));
        }

        /**
         * Records an absence (TSM-20 9); one longer than the notice limit and never notified is a
         * ground for early termination (TSM-22 4), see {@link #terminationGroundsOn}.
         *
         * @return the case, or {@link SocialHousingError.InvalidDates} for an absence before use started
         */
        default Either<SocialHousingError, InService> recordAbsence(Absence absence) {
            if (absence.from().isBefore(useStartedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("an absence starts after use started"));
            }
            List<Absence> list = new ArrayList<>(absences());
            list.add(absence);
            return Either.right(ImmutableApplication.InService.copyOf(this).withAbsences(list)
                    .withEvents(appended(CaseEvent.of(absence.from(), CaseEvent.Kind.ABSENCE_RECORDED,
                            absence.days() + " days, " + (absence.notifiedOn().isDefined() ? "notified" : "not notified")))));
        }

        /**
         * Records a change of family composition (TSM-20 8). The household changes; the
         * applicant stays the recipient.
         *
         * @return the case, or {@link SocialHousingError.ApplicantChanged}
         */
        default Either<SocialHousingError, InService> recordFamilyChange(FamilyChange change) {
            if (!change.newHousehold().applicant().equals(household().applicant())) {
                return Either.left(new SocialHousingError.ApplicantChanged());
            }
            List<FamilyChange> list = new ArrayList<>(familyChanges());
            list.add(change);
            ApplicationForm form = new ApplicationForm(change.newHousehold(), form().contactData(), form().supportNetwork(),
                    form().residenceOrStay(), form().monthlyIncome(), form().assets(), form().socialCoping(),
                    form().infectionCertificateNeeded(), form().infectionCertificateAttached(), form().supportingDocuments());
            return Either.right(ImmutableApplication.InService.copyOf(this).withFamilyChanges(list).withForm(form)
                    .withEvents(appended(CaseEvent.of(change.occurredOn(), CaseEvent.Kind.FAMILY_CHANGE_RECORDED, Rule.TSM_20.id()))));
        }

        /**
         * Records a breach of the house rules (TSM-19): it names a rule of the directive in force
         * on its day at the provider of the contract.
         *
         * @return the case, or {@link SocialHousingError.NoHouseRules}, {@link SocialHousingError.UnknownHouseRule}
         *         or {@link SocialHousingError.InvalidDates} for a breach before use started
         */
        default Either<SocialHousingError, InService> recordHouseRuleBreach(HouseRuleBreach breach, HouseRuleBook book) {
            if (breach.on().isBefore(useStartedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("a breach happens after use started"));
            }
            Option<HouseRules> inForce = book.inForce(contract().provider(), breach.on());
            if (inForce.isEmpty()) {
                return Either.left(new SocialHousingError.NoHouseRules(contract().provider(), breach.on()));
            }
            if (!inForce.get().directive().equals(breach.directive()) || !inForce.get().has(breach.rule())) {
                return Either.left(new SocialHousingError.UnknownHouseRule(inForce.get().directive(), breach.rule()));
            }
            List<HouseRuleBreach> list = new ArrayList<>(houseRuleBreaches());
            list.add(breach);
            return Either.right(ImmutableApplication.InService.copyOf(this).withHouseRuleBreaches(list)
                    .withEvents(appended(CaseEvent.of(breach.on(), CaseEvent.Kind.HOUSE_RULE_BREACH_RECORDED,
                            Rule.TSM_19.id() + " rule " + breach.rule()))));
        }

        /**
         * Charges the bed-place fee for {@code month} (TSM-4, X-2): the rule set's share of the
         * subsistence level in force, prorated by the days in use, for each bed place; less what
         * the month was charged before (after an extension, the days the new term adds).
         *
         * @return the case, or {@link SocialHousingError.NotChargeable} for a separate dwelling
         *         (TSM-5: ancillary costs instead), {@link SocialHousingError.AlreadyCharged},
         *         {@link SocialHousingError.NothingToCharge} or {@link SocialHousingError.NoSubsistenceLevel}
         */
        default Either<SocialHousingError, InService> chargeFee(YearMonth month, SubsistenceLevels levels,
                                                               SocialHousingRules rules) {
            if (placementKind() != PlacementKind.BED_PLACE) {
                return Either.left(new SocialHousingError.NotChargeable(placementKind()));
            }
            return Fees.stillDue(month, useStartedOn(), serviceEnd(), units().size(), charges(), levels, rules.bedPlaceFee())
                    .map(this::withCharge);
        }

        /**
         * Records the ancillary costs of a separate dwelling for {@code month} at actual cost (TSM-5).
         *
         * @return the case, or {@link SocialHousingError.NotChargeable} for a bed place or
         *         {@link SocialHousingError.AlreadyCharged}
         */
        default Either<SocialHousingError, InService> recordAncillaryCosts(YearMonth month, Money actualCost, String basis) {
            if (placementKind() != PlacementKind.SEPARATE_DWELLING) {
                return Either.left(new SocialHousingError.NotChargeable(placementKind()));
            }
            if (charges().stream().anyMatch(c -> c.month().equals(month) && c.kind() == Charge.Kind.ANCILLARY_COSTS)) {
                return Either.left(new SocialHousingError.AlreadyCharged(month));
            }
            return Either.right(withCharge(new Charge(month, Charge.Kind.ANCILLARY_COSTS, actualCost,
                    "actual cost: " + basis)));
        }

        private InService withCharge(Charge charge) {
            List<Charge> list = new ArrayList<>(charges());
            list.add(charge);
            return ImmutableApplication.InService.copyOf(this).withCharges(list)
                    .withEvents(appended(CaseEvent.of(charge.month().atEndOfMonth(), CaseEvent.Kind.CHARGED,
                            charge.kind() + " " + charge.month() + " " + charge.amount())));
        }

        /** Records a payment. */
        default InService recordPayment(Payment payment) {
            List<Payment> list = new ArrayList<>(payments());
            list.add(payment);
            return ImmutableApplication.InService.copyOf(this).withPayments(list)
                    .withEvents(appended(CaseEvent.of(payment.paidOn(), CaseEvent.Kind.PAID, payment.amount().toString())));
        }

        /**
         * The grounds for an early end that the records show on {@code date} (TSM-22): an
         * unnotified absence of more than the notice limit (4), a family change notified late
         * (1), house-rule breaches (6), arrears (5). § 13(2) says the service <em>is</em> ended on
         * such a ground ("lõpetatakse"): an early end is the committee's duty, not its option, and
         * only the committee decides it. The list of § 13(2) is open ("muuhulgas"): the committee
         * may end the service on a ground stated in its own words, which no record shows here.
         */
        default List<TerminationGround> terminationGroundsOn(LocalDate date, EstonianCalendar calendar,
                                                             SocialHousingRules rules) {
            List<TerminationGround> grounds = new ArrayList<>();
            if (absences().stream().anyMatch(a -> a.isUnnotifiedLongAbsence(rules.absenceNoticeDays())
                    && !a.from().plusDays(rules.absenceNoticeDays()).isAfter(date))) {
                grounds.add(TerminationGround.UNNOTIFIED_ABSENCE);
            }
            if (familyChanges().stream().anyMatch(c -> familyChangeNoticeDeadline(c, calendar, rules)
                    .isOverdueOn(c.notifiedOn().getOrElse(date)))) {
                grounds.add(TerminationGround.BREACH_OF_OBLIGATIONS);
            }
            if (!houseRuleBreaches().isEmpty()) {
                grounds.add(TerminationGround.HOUSE_RULES_BROKEN);
            }
            if (!arrears().isNegative() && !arrears().isZero()) {
                grounds.add(TerminationGround.UNPAID_FEES);
            }
            return List.copyOf(grounds);
        }

        /**
         * TSM-23: records the assessment of the recipient's independent coping (a later one
         * replaces it), on which an early end for goals met rests.
         *
         * @return the case, or {@link SocialHousingError.InvalidDates} for one outside the term
         */
        default Either<SocialHousingError, InService> assessCoping(CopingAssessment assessment) {
            if (assessment.assessedOn().isBefore(useStartedOn()) || assessment.assessedOn().isAfter(serviceEnd())) {
                return Either.left(new SocialHousingError.InvalidDates("coping is assessed during the term"));
            }
            return Either.right(ImmutableApplication.InService.copyOf(this).withCopingAssessment(Option.some(assessment))
                    .withEvents(appended(CaseEvent.of(assessment.assessedOn(), CaseEvent.Kind.COPING_ASSESSED,
                            assessment.copesIndependently() ? "copes independently" : "does not yet cope independently"))));
        }

        /**
         * TSM-24: the assessment before the term ends, by a worker of the provider of the
         * contract (the Turvakodu or the Varjupaik).
         *
         * @return the case, or {@link SocialHousingError.WrongProvider}, or
         *         {@link SocialHousingError.InvalidDates} when one exists for this term or it is
         *         made after the term
         */
        default Either<SocialHousingError, InService> assessBeforeExpiry(PreExpiryAssessment assessment) {
            if (preExpiryAssessment().isDefined()) {
                return Either.left(new SocialHousingError.InvalidDates("this term's pre-expiry assessment exists"));
            }
            if (assessment.assessedBy() != contract().provider()) {
                return Either.left(new SocialHousingError.WrongProvider(contract().provider(), assessment.assessedBy()));
            }
            if (assessment.assessedOn().isAfter(serviceEnd()) || assessment.assessedOn().isBefore(useStartedOn())) {
                return Either.left(new SocialHousingError.InvalidDates("the assessment is made during the term"));
            }
            return Either.right(ImmutableApplication.InService.copyOf(this).withPreExpiryAssessment(Option.some(assessment))
                    .withEvents(appended(CaseEvent.of(assessment.assessedOn(), CaseEvent.Kind.PRE_EXPIRY_ASSESSED,
                            assessment.needContinues() ? "need continues" : "need ends"))));
        }

        /**
         * TSM-25: extends the service on the opinion of the provider of the contract, with the
         * application of the recipient or an adult family member, after a pre-expiry assessment
         * that found the need continues. The caller has extended the unit's allocation.
         *
         * @return the case with the new term, or {@link SocialHousingError.ExtensionNotJustified},
         *         {@link SocialHousingError.WrongProvider} or {@link SocialHousingError.WrongOutcome}
         */
        default Either<SocialHousingError, InService> extend(Decision decision, ExtensionRequest request,
                                                            SocialHousingRules rules) {
            if (!(decision.outcome() instanceof Outcome.Extend extend)) {
                return Either.left(new SocialHousingError.WrongOutcome("extend", decision.outcome().getClass().getSimpleName()));
            }
            if (preExpiryAssessment().isEmpty() || !preExpiryAssessment().get().needContinues()) {
                return Either.left(new SocialHousingError.ExtensionNotJustified("no pre-expiry assessment found the need continues"));
            }
            if (request.opinionBy() != contract().provider()) {
                return Either.left(new SocialHousingError.WrongProvider(contract().provider(), request.opinionBy()));
            }
            if (!household().adultsOn(request.opinionOn(), rules.adultAge()).contains(request.applicant())) {
                return Either.left(new SocialHousingError.ExtensionNotJustified(
                        "the application to continue is by the recipient or an adult family member"));
            }
            if (!extend.newServiceEnd().isAfter(serviceEnd()) || decision.madeOn().isAfter(serviceEnd())) {
                return Either.left(new SocialHousingError.ExtensionNotJustified("the new term follows the current one, decided before it ends"));
            }
            return Either.right(ImmutableApplication.InService.copyOf(this)
                    .withContract(contract().extendedTo(extend.newServiceEnd()))
                    .withPreExpiryAssessment(Option.none())
                    .withEvents(appended(CaseEvent.decided(decision))));
        }

        /**
         * Ends the service early by the committee's decision (TSM-22) on grounds of § 13(2), or on
         * a ground the decision states in its own words resting on TSM-22 (the list is open); or
         * because the action plan's goals are met and the recipient copes (TSM-23: every goal's
         * latest evaluation is achieved, and a {@link CopingAssessment} made by the decision found
         * all three conditions of § 13(3)). A fee charged for days after the last day is credited
         * back.
         *
         * @return the ended case, or {@link SocialHousingError.WrongOutcome},
         *         {@link SocialHousingError.NotAnEarlyEndGround}, {@link SocialHousingError.GoalsNotMet},
         *         {@link SocialHousingError.CopingNotShown} or {@link SocialHousingError.InvalidDates}
         */
        default Either<SocialHousingError, Ended> terminate(Decision decision, SubsistenceLevels levels, SocialHousingRules rules) {
            if (!(decision.outcome() instanceof Outcome.Terminate terminate)
                    || !terminate.grounds().stream().allMatch(g -> g instanceof TerminationGround || g instanceof StatedGround)) {
                return Either.left(new SocialHousingError.WrongOutcome("terminate on grounds of TSM-22 or TSM-23",
                        decision.outcome().getClass().getSimpleName()));
            }
            for (Ground ground : terminate.grounds()) {
                if (ground instanceof StatedGround stated && stated.rule() != Rule.TSM_22) {
                    return Either.left(new SocialHousingError.NotAnEarlyEndGround(stated.rule().id()));
                }
            }
            boolean goalsMet = terminate.grounds().contains(TerminationGround.GOALS_MET);
            if (goalsMet && !actionPlan().map(ActionPlan::allGoalsAchieved).getOrElse(false)) {
                return Either.left(new SocialHousingError.GoalsNotMet());
            }
            if (goalsMet) {
                List<String> unmet = copingAssessment()
                        .filter(c -> !c.assessedOn().isAfter(decision.madeOn()))
                        .map(CopingAssessment::unmet)
                        .getOrElse(List.of("coping assessed before the decision"));
                if (!unmet.isEmpty()) {
                    return Either.left(new SocialHousingError.CopingNotShown(unmet));
                }
            }
            if (terminate.lastDay().isBefore(useStartedOn()) || terminate.lastDay().isAfter(serviceEnd())
                    || terminate.lastDay().isBefore(decision.madeOn())) {
                return Either.left(new SocialHousingError.InvalidDates("the last day lies in the term, on or after the decision"));
            }
            return Transitions.end(this, goalsMet ? EndReason.GOALS_MET : EndReason.TERMINATED_EARLY,
                    terminate.lastDay(), Option.some(decision)).settle(levels, rules);
        }

        /**
         * TSM-21: the service ends when its term expires.
         *
         * @return the ended case, or {@link SocialHousingError.NotYetExpired} on or before the last day
         */
        default Either<SocialHousingError, Ended> expire(LocalDate today) {
            if (!today.isAfter(serviceEnd())) {
                return Either.left(new SocialHousingError.NotYetExpired(serviceEnd()));
            }
            return Either.right(Transitions.end(this, EndReason.EXPIRED, serviceEnd(), Option.none()));
        }

        private List<CaseEvent> appended(CaseEvent event) {
            List<CaseEvent> list = new ArrayList<>(events());
            list.add(event);
            return list;
        }
    }

    /** The granted decision became invalid (TSM-13, TSM-14, TSM-15); the unit is freed. Final. */
    @Value.Immutable
    non-sealed interface Lapsed extends Application {
        /** The decision that lapsed. */
        Decision decision();

        /** The units that were held. */
        List<UnitId> units();

        /** The rule by which it lapsed: TSM-13, TSM-14 or TSM-15. */
        Rule lapsedBy();

        /** The first day the decision no longer held (the day after the deadline). */
        LocalDate lapsedOn();
    }

    /**
     * The service ended (TSM-21 .. TSM-23); the units are freed after {@link #lastDay()}. Final
     * but for its account: the fees of its last months can still be charged, each to the last day
     * and no further.
     */
    @Value.Immutable
    non-sealed interface Ended extends Application {
        /** The units that were used. */
        List<UnitId> units();

        /** Bed places or a separate dwelling (TSM-4, TSM-5). */
        PlacementKind placementKind();

        /** The day use started (TSM-14). */
        LocalDate useStartedOn();

        /** Why. */
        EndReason reason();

        /** The last day of the service. */
        LocalDate lastDay();

        /** The committee's decision, for an early end. */
        Option<Decision> endingDecision();

        /** The last assessment of the recipient's coping while in service (TSM-23), if one was made. */
        Option<CopingAssessment> copingAssessment();

        /** The charges and payments at the end, for the final account. */
        List<Charge> charges();

        /** The payments at the end. */
        List<Payment> payments();

        /** What is owed: charges less credits and payments. */
        default Money arrears() {
            Money owed = charges().stream().map(Charge::signedAmount).reduce(Money.ZERO, Money::plus);
            return payments().stream().map(Payment::amount).reduce(owed, Money::minus);
        }

        /**
         * charges the fee of {@code month} for the days of service in it up to the last day,
         * less what was charged before: a month charged before an early end is credited its days
         * after the last day; a month not yet charged is charged for its days of service.
         *
         * @return the case, or {@link SocialHousingError.NotChargeable} for a separate dwelling,
         *         {@link SocialHousingError.AlreadyCharged}, {@link SocialHousingError.NothingToCharge}
         *         or {@link SocialHousingError.NoSubsistenceLevel}
         */
        default Either<SocialHousingError, Ended> chargeFee(YearMonth month, SubsistenceLevels levels, SocialHousingRules rules) {
            if (placementKind() != PlacementKind.BED_PLACE) {
                return Either.left(new SocialHousingError.NotChargeable(placementKind()));
            }
            return Fees.stillDue(month, useStartedOn(), lastDay(), units().size(), charges(), levels, rules.bedPlaceFee()).map(charge -> {
                List<Charge> list = new ArrayList<>(charges());
                list.add(charge);
                List<CaseEvent> events = new ArrayList<>(events());
                events.add(CaseEvent.of(charge.month().atEndOfMonth().isAfter(lastDay()) ? lastDay() : charge.month().atEndOfMonth(),
                        CaseEvent.Kind.CHARGED, charge.kind() + " " + charge.month() + " " + charge.amount()));
                return (Ended) ImmutableApplication.Ended.copyOf(this).withCharges(list).withEvents(events);
            });
        }

        /** credits every fee charged for days after the last day; the months in service stay as charged. */
        default Either<SocialHousingError, Ended> settle(SubsistenceLevels levels, SocialHousingRules rules) {
            Ended settled = this;
            List<YearMonth> months = charges().stream().filter(c -> c.kind() != Charge.Kind.ANCILLARY_COSTS).map(Charge::month)
                    .filter(m -> !m.isBefore(YearMonth.from(lastDay()))).distinct().sorted().toList();
            for (YearMonth month : months) {
                Either<SocialHousingError, Ended> next = settled.chargeFee(month, levels, rules);
                if (next.isLeft() && !(next.getLeft() instanceof SocialHousingError.AlreadyCharged)) {
                    return next;
                }
                settled = next.getOrElse(settled);
            }
            return Either.right(settled);
        }
    }

    /**
     * Rebuilds states from stored data, for adapters (JDBC rows, JSON documents): the only way to
     * make a state outside the transitions. Each factory checks what the transitions guarantee
     * where the data allows it (the form's completeness, the kind of decision a state holds, the
     * first event) and returns {@link SocialHousingError.CorruptData} instead of a half-built
     * object; it never throws. The messages name fields, never personal data.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** An {@link Incomplete} case; the missing parts must be the form's. */
        public static Either<SocialHousingError, Application> incomplete(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                         List<CaseEvent> history, List<MissingPart> missingParts) {
            return incomplete(id, form, submittedOn, history, missingParts, Option.none());
        }

        /** An {@link Incomplete} case with the term set to remedy it (HMS-1), set on or after submission. */
        public static Either<SocialHousingError, Application> incomplete(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                         List<CaseEvent> history, List<MissingPart> missingParts,
                                                                         Option<RemedyTerm> remedyTerm) {
            return build(() -> {
                List<MissingPart> actual = form.missingParts().fold(m -> m.toJavaList(), f -> List.of());
                require(!actual.isEmpty() && actual.equals(missingParts), "missingParts do not match the form");
                require(remedyTerm.forAll(t -> !t.setOn().isBefore(submittedOn)), "a remedy term set before submission");
                return ImmutableApplication.Incomplete.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).missingParts(missingParts).remedyTerm(remedyTerm).build();
            });
        }

        /** A {@link Complete} case; the form must be complete. */
        public static Either<SocialHousingError, Application> complete(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                       List<CaseEvent> history, LocalDate completedOn) {
            return build(() -> {
                requireComplete(form);
                return ImmutableApplication.Complete.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).completedOn(completedOn).build();
            });
        }

        /** An {@link Assessed} case. */
        public static Either<SocialHousingError, Application> assessed(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                       List<CaseEvent> history, LocalDate completedOn,
                                                                       Assessment assessment) {
            return build(() -> {
                requireComplete(form);
                require(assessment.missingMethods().isEmpty(), "assessment lacks methods");
                return ImmutableApplication.Assessed.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).completedOn(completedOn).assessment(assessment).build();
            });
        }

        /** A {@link WaitListed} case. */
        public static Either<SocialHousingError, Application> waitListed(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                         List<CaseEvent> history, LocalDate completedOn,
                                                                         Assessment assessment, LocalDate waitListedOn) {
            return build(() -> {
                requireComplete(form);
                return ImmutableApplication.WaitListed.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).completedOn(completedOn).assessment(assessment).waitListedOn(waitListedOn).build();
            });
        }

        /** A {@link Refused} case; the decision must be a refusal. */
        public static Either<SocialHousingError, Application> refused(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                      List<CaseEvent> history, Decision decision) {
            return build(() -> {
                require(decision.outcome() instanceof Outcome.Refuse, "decision of a refused case is not a refusal");
                return ImmutableApplication.Refused.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).build();
            });
        }

        /** A {@link Granted} case; the decision must grant {@code units}. */
        public static Either<SocialHousingError, Application> granted(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                      List<CaseEvent> history, Decision decision, List<UnitId> units,
                                                                      PlacementKind kind) {
            return build(() -> {
                requireGrant(decision, units);
                return ImmutableApplication.Granted.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).units(units).placementKind(kind).build();
            });
        }

        /** A {@link Delivered} case. */
        public static Either<SocialHousingError, Application> delivered(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                        List<CaseEvent> history, Decision decision, List<UnitId> units,
                                                                        PlacementKind kind, Delivery delivery) {
            return build(() -> {
                requireGrant(decision, units);
                return ImmutableApplication.Delivered.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).units(units).placementKind(kind).delivery(delivery).build();
            });
        }

        /** A {@link Contracted} case. */
        public static Either<SocialHousingError, Application> contracted(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                         List<CaseEvent> history, Decision decision, List<UnitId> units,
                                                                         PlacementKind kind, Delivery delivery,
                                                                         ServiceContract contract) {
            return build(() -> {
                requireGrant(decision, units);
                return ImmutableApplication.Contracted.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).units(units).placementKind(kind).delivery(delivery)
                        .contract(contract).build();
            });
        }

        /** An {@link InService} case. */
        @SuppressWarnings("java:S107")
        public static Either<SocialHousingError, Application> inService(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                        List<CaseEvent> history, Decision decision, List<UnitId> units,
                                                                        PlacementKind kind, ServiceContract contract,
                                                                        LocalDate useStartedOn, Option<ActionPlan> actionPlan,
                                                                        List<Absence> absences, List<FamilyChange> familyChanges,
                                                                        List<HouseRuleBreach> breaches, List<Charge> charges,
                                                                        List<Payment> payments,
                                                                        Option<PreExpiryAssessment> preExpiryAssessment,
                                                                        Option<CopingAssessment> copingAssessment) {
            return build(() -> {
                requireGrant(decision, units);
                return ImmutableApplication.InService.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).units(units).placementKind(kind).contract(contract)
                        .useStartedOn(useStartedOn).actionPlan(actionPlan).absences(absences).familyChanges(familyChanges)
                        .houseRuleBreaches(breaches).charges(charges).payments(payments)
                        .preExpiryAssessment(preExpiryAssessment).copingAssessment(copingAssessment).build();
            });
        }

        /** A {@link Lapsed} case; the rule must be TSM-13, TSM-14 or TSM-15. */
        public static Either<SocialHousingError, Application> lapsed(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                     List<CaseEvent> history, Decision decision, List<UnitId> units,
                                                                     Rule lapsedBy, LocalDate lapsedOn) {
            return build(() -> {
                requireGrant(decision, units);
                require(List.of(Rule.TSM_13, Rule.TSM_14, Rule.TSM_15).contains(lapsedBy), "lapsedBy is not TSM-13, TSM-14 or TSM-15");
                return ImmutableApplication.Lapsed.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).decision(decision).units(units).lapsedBy(lapsedBy).lapsedOn(lapsedOn).build();
            });
        }

        /** An {@link Ended} case; an early end has its terminating decision. */
        @SuppressWarnings("java:S107")
        public static Either<SocialHousingError, Application> ended(CaseId id, ApplicationForm form, LocalDate submittedOn,
                                                                    List<CaseEvent> history, List<UnitId> units, PlacementKind kind,
                                                                    LocalDate useStartedOn, EndReason reason,
                                                                    LocalDate lastDay, Option<Decision> endingDecision,
                                                                    List<Charge> charges, List<Payment> payments,
                                                                    Option<CopingAssessment> copingAssessment) {
            return build(() -> {
                require((reason == EndReason.EXPIRED) == endingDecision.isEmpty(),
                        "an early end has a decision, an expiry none");
                require(endingDecision.forAll(d -> d.outcome() instanceof Outcome.Terminate), "ending decision is not a termination");
                return ImmutableApplication.Ended.builder().id(id).form(form).submittedOn(submittedOn)
                        .events(history).units(units).placementKind(kind).useStartedOn(useStartedOn).reason(reason).lastDay(lastDay)
                        .endingDecision(endingDecision).copingAssessment(copingAssessment)
                        .charges(charges).payments(payments).build();
            });
        }

        private static Either<SocialHousingError, Application> build(java.util.function.Supplier<Application> make) {
            try {
                Application app = make.get();
                require(!app.events().isEmpty() && app.events().get(0).kind() == CaseEvent.Kind.SUBMITTED,
                        "history does not start with the submission");
                return Either.right(app);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ClassCastException e) {
                return Either.left(new SocialHousingError.CorruptData(String.valueOf(e.getMessage())));
            }
        }

        private static void require(boolean condition, String reason) {
            if (!condition) {
                throw new IllegalArgumentException(reason);
            }
        }

        private static void requireComplete(ApplicationForm form) {
            require(form.missingParts().isValid(), "the form of a complete case has missing parts");
        }

        private static void requireGrant(Decision decision, List<UnitId> units) {
            require(decision.outcome() instanceof Outcome.Grant g && g.units().equals(units),
                    "decision does not grant the case's units");
        }
    }

    /** Shared steps of several states. */
    final class Transitions {
        private Transitions() {
        }

        static Deadline decisionDeadline(LocalDate completedOn, EstonianCalendar calendar, SocialHousingRules rules) {
            return calendar.deadline(completedOn, rules.decisionTerm(), rules.basis(Rule.TSM_8), "complete application submitted");
        }

        static Either<SocialHousingError, Lapsed> lapse(Placed placed, Deadline deadline, LocalDate today, Rule rule) {
            if (!deadline.isOverdueOn(today)) {
                return Either.left(new SocialHousingError.DeadlineNotPassed(deadline));
            }
            LocalDate lapsedOn = deadline.dueDate().plusDays(1);
            return Either.right(ImmutableApplication.Lapsed.builder().from((Application) placed)
                    .decision(placed.decision()).units(placed.units()).lapsedBy(rule).lapsedOn(lapsedOn)
                    .addEvents(CaseEvent.of(lapsedOn, CaseEvent.Kind.LAPSED, rule.id())).build());
        }

        static Ended end(InService service, EndReason reason, LocalDate lastDay, Option<Decision> decision) {
            ImmutableApplication.Ended.Builder builder = ImmutableApplication.Ended.builder().from((Application) service)
                    .units(service.units()).placementKind(service.placementKind()).useStartedOn(service.useStartedOn())
                    .reason(reason).lastDay(lastDay).endingDecision(decision)
                    .charges(service.charges()).payments(service.payments()).copingAssessment(service.copingAssessment());
            decision.forEach(d -> builder.addEvents(CaseEvent.decided(d)));
            return builder.addEvents(CaseEvent.of(lastDay, CaseEvent.Kind.ENDED, reason.name())).build();
        }
    }
}
