package ee.hoolekanne.domain.protection;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.calendar.Deadline;
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
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import ee.hoolekanne.domain.person.PersonalCode;
import java.util.List;

/**
 * A referral to the support-person service for people with international or temporary
 * protection (RVK-1 .. RVK-10), as a sealed lifecycle:
 *
 * <pre>
 * Referred → WithProvider → Assigned → CaseManagerContacted → Active → Ended
 *     └──────────┴─────────────┴─────────────┴─────────────────┴──→ Ended (RVK-9, RVK-4)
 * </pre>
 *
 * <p>The service lasts at most 12 months from the referral (RVK-4): no step may be dated after
 * {@link #lastDay}, and {@link Open#expire} ends it then. Each step's deadline is an
 * {@link Obligation} in {@link #openObligations}.
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, defaults = @Value.Immutable(copy = true))
public sealed interface ProtectionReferral extends CaseFile<ProtectionSchedule> {

    /** The case. */
    CaseId id();

    /** The client and the family members referred with them (RVK-1). */
    Household client();

    /** Everyone whose data this referral holds: the client and the family members (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        return client().everyone();
    }

    /** The client's protection (RVK-1). */
    ProtectionStatus protection();

    /** The local government's assessment of the need (RVK-2). */
    NeedAssessment needAssessment();

    /** The local government's referral decision (RVK-5, X-1). */
    Decision referralDecision();

    /** The language of the service and whether an interpreter is involved (RVK-3). */
    ServiceLanguage language();

    /** Who pays (RVK-10). */
    FundingSource funding();

    /** The date of the referral decision: the 12 months of RVK-4 run from it. */
    default LocalDate referredOn() {
        return referralDecision().madeOn();
    }

    /** RVK-4: the last day of the service, the maximum length after the referral. */
    default LocalDate lastDay(ProtectionRules rules) {
        return switch (rules.maximumLength().unit()) {
            case MONTHS -> referredOn().plusMonths(rules.maximumLength().amount());
            case YEARS -> referredOn().plusYears(rules.maximumLength().amount());
            case WEEKS -> referredOn().plusWeeks(rules.maximumLength().amount());
            case DAYS, WORKING_DAYS -> referredOn().plusDays(rules.maximumLength().amount());
        };
    }

    @Override
    default CaseKind kind() {
        return CaseKind.PROTECTION_REFERRAL;
    }

    @Override
    default boolean isOpen() {
        return !(this instanceof Ended);
    }

    @Override
    default List<Obligation> openObligations(ProtectionSchedule schedule) {
        return openObligations(schedule.calendar(), schedule.rules());
    }

    @Override
    default LegalBasis basis(Rule rule, ProtectionSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    /** What happened, from the referral decision on, as far as the state keeps it. */
    @Override
    default List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.decided(referralDecision(), "referred to the support-person service (RVK-5)"));
        switch (this) {
            case Referred r -> {
            }
            case WithProvider w -> entries.add(HistoryEntry.of(w.receivedOn(), "referral received by the provider"));
            case Assigned a -> {
                entries.add(HistoryEntry.of(a.receivedOn(), "referral received by the provider"));
                entries.add(HistoryEntry.of(a.assignment().from(), "support person assigned"));
            }
            case CaseManagerContacted c -> {
                entries.add(HistoryEntry.of(c.receivedOn(), "referral received by the provider"));
                entries.add(HistoryEntry.of(c.assignment().from(), "support person assigned"));
                entries.add(HistoryEntry.of(c.caseManagerContactedOn(), "case manager contacted"));
            }
            case Active a -> {
                entries.add(HistoryEntry.of(a.assignment().from(), "support person assigned"));
                entries.add(HistoryEntry.of(a.meeting().heldOn(), "three-party meeting held"));
                a.infoRequests().forEach(r -> {
                    entries.add(HistoryEntry.of(r.receivedOn(), "information request " + r.number() + " received (RVK-6)"));
                    r.answeredOn().forEach(on -> entries.add(HistoryEntry.of(on, "information request " + r.number() + " answered (RVK-6)")));
                });
                a.changeNotices().forEach(n -> entries.add(HistoryEntry.of(n.notifiedOn(), "change notified (RVK-7)")));
                a.reports().forEach(r -> entries.add(HistoryEntry.of(r.submittedOn(), "report submitted (RVK-8)")));
                a.evaluations().forEach(e -> entries.add(HistoryEntry.of(e.date(), "interim evaluation (RVK-8)")));
            }
            case Ended e -> {
                e.assignment().forEach(a -> entries.add(HistoryEntry.of(a.from(), "support person assigned")));
                entries.add(HistoryEntry.of(e.endedOn(), "ended: " + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            }
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /**
     * HMS-6: the decision {@code decisionId} of this case was notified by {@code delivery}; the
     * terms that run from notification run from its date.
     *
     * @return the case with the notification recorded, or {@code SupportServiceError.Invalid} naming why not (no such
     *         decision, already recorded, delivered before it was made)
     */
    default Either<SupportServiceError, ProtectionReferral> recordDelivery(ee.hoolekanne.domain.decision.DecisionId decisionId,
                                                    ee.hoolekanne.domain.decision.Delivery delivery) {
        java.util.List<Decision> all = java.util.List.of(referralDecision());
        Either<String, Decision> notified = Decision.deliver(all, decisionId, delivery);
        if (notified.isLeft()) {
            return Either.left(new SupportServiceError.Invalid(notified.getLeft()));
        }
        Decision delivered = notified.get();
        return Either.right(switch (this) {
            case Referred x -> ImmutableProtectionReferral.Referred.copyOf(x).withReferralDecision(delivered);
            case WithProvider x -> ImmutableProtectionReferral.WithProvider.copyOf(x).withReferralDecision(delivered);
            case Assigned x -> ImmutableProtectionReferral.Assigned.copyOf(x).withReferralDecision(delivered);
            case CaseManagerContacted x -> ImmutableProtectionReferral.CaseManagerContacted.copyOf(x).withReferralDecision(delivered);
            case Active x -> ImmutableProtectionReferral.Active.copyOf(x).withReferralDecision(delivered);
            case Ended x -> ImmutableProtectionReferral.Ended.copyOf(x).withReferralDecision(delivered);
        });
    }

    /** The state's name. */
    @Override
    default String state() {
        return switch (this) {
            case Referred s -> "Referred";
            case WithProvider s -> "WithProvider";
            case Assigned s -> "Assigned";
            case CaseManagerContacted s -> "CaseManagerContacted";
            case Active s -> "Active";
            case Ended s -> "Ended";
        };
    }

    /**
     * The open obligations: the support person's assignment within 5 working days of the
     * provider's receipt (RVK-5), unanswered information requests (RVK-6), and the end of the
     * service (RVK-4).
     */
    default List<Obligation> openObligations(EstonianCalendar calendar, ProtectionRules rules) {
        List<Obligation> open = new ArrayList<>();
        switch (this) {
            case WithProvider w -> open.add(Obligation.of(CaseKind.PROTECTION_REFERRAL, id(), Duty.ASSIGN_SUPPORT_PERSON, w.assignmentDeadline(calendar, rules)));
            case Active a -> a.infoRequests().stream().filter(r -> r.answeredOn().isEmpty()).forEach(r ->
                    open.add(new Obligation(CaseKind.PROTECTION_REFERRAL, id(), Duty.ANSWER_INFO_REQUEST, Option.some(String.valueOf(r.number())),
                            a.answerDeadline(r, calendar, rules))));
            default -> {
            }
        }
        if (!(this instanceof Ended)) {
            open.add(Obligation.of(CaseKind.PROTECTION_REFERRAL, id(), Duty.REFERRAL_ENDS,
                    calendar.deadline(referredOn(), rules.maximumLength(), rules.basis(Rule.RVK_4), "referral decision")));
        }
        return List.copyOf(open);
    }

    /**
     * RVK-1, RVK-2, RVK-5: the local government refers a person with international or temporary
     * protection, living in Estonia, after assessing the need and naming the problems that cause
     * it; the service must not duplicate another the person receives, and runs together with
     * another only when the person's need is greater.
     *
     * @return the referral, or {@link SupportServiceError.NotEligible},
     *         {@link SupportServiceError.DuplicatesOtherService} or {@link SupportServiceError.Invalid}
     */
    static Either<SupportServiceError, Referred> refer(CaseId id, Household client, ProtectionStatus protection,
                                                      boolean livesInEstonia, NeedAssessment need, Decision decision,
                                                      ServiceLanguage language, ProtectionRules rules) {
        if (protection == ProtectionStatus.NONE) {
            return Either.left(new SupportServiceError.NotEligible("no international or temporary protection (RVK-1)"));
        }
        if (!livesInEstonia) {
            return Either.left(new SupportServiceError.NotEligible("does not live in Estonia (RVK-1)"));
        }
        if (need.problems().isEmpty()) {
            return Either.left(new SupportServiceError.NotEligible(
                    "the assessment names the social, economic, psychological or health problems (RVK-1)"));
        }
        if (need.duplicates()) {
            return Either.left(new SupportServiceError.DuplicatesOtherService());
        }
        if (need.receivesOtherServices() && !need.greaterNeed()) {
            return Either.left(new SupportServiceError.NotEligible(
                    "alongside other services only when the need is greater (RVK-2)"));
        }
        if (!(decision.outcome() instanceof Outcome.Refer) || decision.madeOn().isBefore(need.assessedOn())) {
            return Either.left(new SupportServiceError.Invalid("a referral decision follows the need assessment (RVK-5)"));
        }
        return Either.right(ImmutableProtectionReferral.Referred.builder().id(id).client(client).protection(protection)
                .needAssessment(need).referralDecision(decision).language(language).funding(rules.funding()).build());
    }

    /** Every state but {@link Ended}: the referral can end in any of them. */
    sealed interface Open extends ProtectionReferral permits Referred, WithProvider, Assigned, CaseManagerContacted, Active {

        /**
         * RVK-9: ends the referral, for a stated reason when {@link EndReason#OTHER}.
         *
         * @return the ended referral, or {@link SupportServiceError.Invalid} or {@link SupportServiceError.AfterEnd}
         */
        default Either<SupportServiceError, Ended> end(EndReason reason, Option<String> statedReason, LocalDate on,
                                                      ProtectionRules rules) {
            if (reason == EndReason.MAXIMUM_LENGTH_REACHED) {
                return Either.left(new SupportServiceError.Invalid("the maximum length is reached by expire, not by a decision"));
            }
            if (reason == EndReason.OTHER && statedReason.forAll(String::isBlank)) {
                return Either.left(new SupportServiceError.Invalid("another reason is stated (RVK-9)"));
            }
            return within(on, rules).map(ok -> Transitions.end(this, reason, statedReason, on));
        }

        /**
         * RVK-4: ends the referral when its maximum length has run out.
         *
         * @return the ended referral, or {@link SupportServiceError.Invalid} while it has not
         */
        default Either<SupportServiceError, Ended> expire(LocalDate today, ProtectionRules rules) {
            if (!today.isAfter(lastDay(rules))) {
                return Either.left(new SupportServiceError.Invalid("the referral runs until " + lastDay(rules) + " (RVK-4)"));
            }
            return Either.right(Transitions.end(this, EndReason.MAXIMUM_LENGTH_REACHED, Option.none(), lastDay(rules)));
        }

        /** RVK-4: refuses a step dated after the last day, or before the referral. */
        default Either<SupportServiceError, LocalDate> within(LocalDate on, ProtectionRules rules) {
            if (on.isAfter(lastDay(rules))) {
                return Either.left(new SupportServiceError.AfterEnd(lastDay(rules)));
            }
            if (on.isBefore(referredOn())) {
                return Either.left(new SupportServiceError.Invalid("a step precedes the referral"));
            }
            return Either.right(on);
        }
    }

    /** The local government's referral decision was sent to the Social Insurance Board (RVK-5). */
    @Value.Immutable
    non-sealed interface Referred extends Open {

        /**
         * RVK-5: the Social Insurance Board refers the client to its provider, who received the
         * referral on {@code receivedOn}.
         */
        default Either<SupportServiceError, WithProvider> referToProvider(ProviderId provider, LocalDate receivedOn,
                                                                         ProtectionRules rules) {
            return within(receivedOn, rules).map(on -> ImmutableProtectionReferral.WithProvider.builder()
                    .from((ProtectionReferral) this).provider(provider).receivedOn(on).build());
        }
    }

    /** With the provider, who must assign a support person within 5 working days (RVK-5). */
    @Value.Immutable
    non-sealed interface WithProvider extends Open {

        /** The provider. */
        ProviderId provider();

        /** When the provider received the referral. */
        LocalDate receivedOn();

        /** RVK-5: a support person within 5 working days of receiving the referral. */
        default Deadline assignmentDeadline(EstonianCalendar calendar, ProtectionRules rules) {
            return calendar.deadline(receivedOn(), rules.assignTerm(), rules.basis(Rule.RVK_5), "referral received by the provider");
        }

        /**
         * RVK-5, RVK-3: assigns a support person of this provider who speaks the service language,
         * or with an interpreter involved. A late assignment is recorded; the deadline watch has
         * shown it overdue.
         *
         * @return the assigned referral, or {@link SupportServiceError.LanguageNotCovered},
         *         {@link SupportServiceError.NotQualified}, {@link SupportServiceError.WrongSupportPerson}
         *         or {@link SupportServiceError.AfterEnd}
         */
        default Either<SupportServiceError, Assigned> assign(SupportPerson person, LocalDate on, ProtectionRules rules) {
            if (!person.providerId().equals(provider())) {
                return Either.left(new SupportServiceError.WrongSupportPerson("the support person works for another provider"));
            }
            if (!language().interpreter() && !person.speaks(language().language())) {
                return Either.left(new SupportServiceError.LanguageNotCovered());
            }
            if (!person.isQualifiedOn(on)) {
                return Either.left(new SupportServiceError.NotQualified());
            }
            if (on.isBefore(receivedOn())) {
                return Either.left(new SupportServiceError.Invalid("assigned before the referral was received"));
            }
            return within(on, rules).map(ok -> ImmutableProtectionReferral.Assigned.builder().from((ProtectionReferral) this)
                    .provider(provider()).receivedOn(receivedOn())
                    .assignment(new Assignment(person.id(), person.kind(), provider(), on)).build());
        }
    }

    /** A support person is assigned; the provider contacts the case manager to agree the first meeting (RVK-5). */
    @Value.Immutable
    non-sealed interface Assigned extends Open {
        /** The provider. */
        ProviderId provider();

        /** When the provider received the referral. */
        LocalDate receivedOn();

        /** The support person assigned. */
        Assignment assignment();

        /** RVK-5: the provider contacted the local government's case manager. */
        default Either<SupportServiceError, CaseManagerContacted> contactCaseManager(LocalDate on, ProtectionRules rules) {
            if (on.isBefore(assignment().from())) {
                return Either.left(new SupportServiceError.Invalid("contacted before the assignment"));
            }
            return within(on, rules).map(ok -> ImmutableProtectionReferral.CaseManagerContacted.builder()
                    .from((ProtectionReferral) this).provider(provider()).receivedOn(receivedOn()).assignment(assignment())
                    .caseManagerContactedOn(on).build());
        }
    }

    /** The case manager is contacted; the three-party meeting comes next (RVK-5). */
    @Value.Immutable
    non-sealed interface CaseManagerContacted extends Open {
        /** The provider. */
        ProviderId provider();

        /** When the provider received the referral. */
        LocalDate receivedOn();

        /** The support person assigned. */
        Assignment assignment();

        /** When the case manager was contacted. */
        LocalDate caseManagerContactedOn();

        /**
         * RVK-5: the three-party meeting checks the fit, explains the service and sets goals; the
         * service runs from it. A meeting that finds no fit is refused: assign another person.
         */
        default Either<SupportServiceError, Active> holdMeeting(ThreePartyMeeting meeting, ProtectionRules rules) {
            if (!meeting.fitConfirmed()) {
                return Either.left(new SupportServiceError.WrongSupportPerson("client and support person do not suit each other"));
            }
            if (meeting.heldOn().isBefore(caseManagerContactedOn())) {
                return Either.left(new SupportServiceError.Invalid("the meeting follows the contact"));
            }
            return within(meeting.heldOn(), rules).map(ok -> ImmutableProtectionReferral.Active.builder()
                    .from((ProtectionReferral) this).provider(provider()).assignment(assignment()).meeting(meeting).build());
        }
    }

    /** The service runs (RVK-6 .. RVK-8). */
    @Value.Immutable
    non-sealed interface Active extends Open {
        /** The provider. */
        ProviderId provider();

        /** The support person assigned. */
        Assignment assignment();

        /** The three-party meeting, with the goals. */
        ThreePartyMeeting meeting();

        /** The local government's information requests (RVK-6). */
        List<InfoRequest> infoRequests();

        /** Change notices (RVK-7). */
        List<ChangeNotice> changeNotices();

        /** Reports to the local government (RVK-8). */
        List<Report> reports();

        /** Interim evaluations the provider took part in (RVK-8). */
        List<Evaluation> evaluations();

        /** RVK-6: an information request is answered within 5 working days. */
        default Deadline answerDeadline(InfoRequest request, EstonianCalendar calendar, ProtectionRules rules) {
            return calendar.deadline(request.receivedOn(), rules.infoRequestTerm(), rules.basis(Rule.RVK_6),
                    "information request " + request.number() + " received");
        }

        /** RVK-6: records an information request of the local government. */
        default Either<SupportServiceError, Active> receiveInfoRequest(LocalDate on, ProtectionRules rules) {
            List<InfoRequest> list = new ArrayList<>(infoRequests());
            list.add(new InfoRequest(list.size() + 1, on, Option.none()));
            return within(on, rules).map(ok -> ImmutableProtectionReferral.Active.copyOf(this).withInfoRequests(list));
        }

        /**
         * RVK-6: records the answer to request {@code number}.
         *
         * @return the referral, or {@link SupportServiceError.Invalid} for an unknown or answered request
         */
        default Either<SupportServiceError, Active> answerInfoRequest(int number, LocalDate on, ProtectionRules rules) {
            if (number < 1 || number > infoRequests().size() || infoRequests().get(number - 1).answeredOn().isDefined()
                    || on.isBefore(infoRequests().get(number - 1).receivedOn())) {
                return Either.left(new SupportServiceError.Invalid("no open information request " + number));
            }
            List<InfoRequest> list = new ArrayList<>(infoRequests());
            list.set(number - 1, new InfoRequest(number, list.get(number - 1).receivedOn(), Option.some(on)));
            return within(on, rules).map(ok -> ImmutableProtectionReferral.Active.copyOf(this).withInfoRequests(list));
        }

        /** RVK-7: records a change notice; {@link ChangeNotice#wasImmediate()} says whether it came at once. */
        default Either<SupportServiceError, Active> notifyChange(ChangeNotice notice, ProtectionRules rules) {
            List<ChangeNotice> list = new ArrayList<>(changeNotices());
            list.add(notice);
            return within(notice.notifiedOn(), rules).map(ok -> ImmutableProtectionReferral.Active.copyOf(this).withChangeNotices(list));
        }

        /**
         * RVK-8: records a report on activities and progress to the local government of residence,
         * per the goals the three-party meeting set: a report cannot precede that meeting.
         *
         * @return the referral, or {@link SupportServiceError.Invalid} or {@link SupportServiceError.AfterEnd}
         */
        default Either<SupportServiceError, Active> report(Report report, ProtectionRules rules) {
            if (report.submittedOn().isBefore(meeting().heldOn())) {
                return Either.left(new SupportServiceError.Invalid("a report follows the three-party meeting that set the goals (RVK-8)"));
            }
            List<Report> list = new ArrayList<>(reports());
            list.add(report);
            return within(report.submittedOn(), rules).map(ok -> ImmutableProtectionReferral.Active.copyOf(this).withReports(list));
        }

        /**
         * RVK-8: records an interim evaluation of the case plan the provider took part in: an
         * interim one, after the three-party meeting.
         *
         * @return the referral, or {@link SupportServiceError.Invalid} or {@link SupportServiceError.AfterEnd}
         */
        default Either<SupportServiceError, Active> evaluate(Evaluation evaluation, ProtectionRules rules) {
            if (evaluation.kind() != Evaluation.Kind.INTERIM || evaluation.date().isBefore(meeting().heldOn())) {
                return Either.left(new SupportServiceError.Invalid("the provider takes part in interim evaluations after the three-party meeting (RVK-8)"));
            }
            List<Evaluation> list = new ArrayList<>(evaluations());
            list.add(evaluation);
            return within(evaluation.date(), rules).map(ok -> ImmutableProtectionReferral.Active.copyOf(this).withEvaluations(list));
        }
    }

    /** Ended (RVK-9) or expired (RVK-4). Final. */
    @Value.Immutable
    non-sealed interface Ended extends ProtectionReferral {
        /** Why. */
        EndReason reason();

        /** The stated reason, for {@link EndReason#OTHER}. */
        Option<String> statedReason();

        /** The last day of the service. */
        LocalDate endedOn();

        /** The support person who was assigned, if one was. */
        Option<Assignment> assignment();
    }

    /**
     * What every state shares, for {@link Reconstitute}.
     *
     * @param id       the case
     * @param client   the client and family
     * @param protection the protection
     * @param need     the need assessment
     * @param decision the referral decision
     * @param language the service language
     * @param funding  the funding source
     */
    record Common(CaseId id, Household client, ProtectionStatus protection, NeedAssessment need, Decision decision,
                  ServiceLanguage language, FundingSource funding) {
    }

    /** The fields every state shares. */
    default Common common() {
        return new Common(id(), client(), protection(), needAssessment(), referralDecision(), language(), funding());
    }

    /**
     * Rebuilds states from stored data, for adapters: the only way to make a state outside the
     * transitions. Each factory returns {@link SupportServiceError.Invalid} instead of a
     * half-built object and never throws.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** A {@link Referred} referral. */
        public static Either<SupportServiceError, ProtectionReferral> referred(Common c) {
            return build(() -> base(c, ImmutableProtectionReferral.Referred.builder()).build());
        }

        /** A {@link WithProvider} referral. */
        public static Either<SupportServiceError, ProtectionReferral> withProvider(Common c, ProviderId provider, LocalDate receivedOn) {
            return build(() -> ImmutableProtectionReferral.WithProvider.builder().id(c.id()).client(c.client()).protection(c.protection())
                    .needAssessment(c.need()).referralDecision(c.decision()).language(c.language()).funding(c.funding())
                    .provider(provider).receivedOn(receivedOn).build());
        }

        /** An {@link Assigned} referral. */
        public static Either<SupportServiceError, ProtectionReferral> assigned(Common c, ProviderId provider, LocalDate receivedOn,
                                                                             Assignment assignment) {
            return build(() -> ImmutableProtectionReferral.Assigned.builder().id(c.id()).client(c.client()).protection(c.protection())
                    .needAssessment(c.need()).referralDecision(c.decision()).language(c.language()).funding(c.funding())
                    .provider(provider).receivedOn(receivedOn).assignment(assignment).build());
        }

        /** A {@link CaseManagerContacted} referral. */
        public static Either<SupportServiceError, ProtectionReferral> caseManagerContacted(Common c, ProviderId provider,
                                                                                         LocalDate receivedOn, Assignment assignment,
                                                                                         LocalDate contactedOn) {
            return build(() -> ImmutableProtectionReferral.CaseManagerContacted.builder().id(c.id()).client(c.client())
                    .protection(c.protection()).needAssessment(c.need()).referralDecision(c.decision()).language(c.language())
                    .funding(c.funding()).provider(provider).receivedOn(receivedOn).assignment(assignment)
                    .caseManagerContactedOn(contactedOn).build());
        }

        /** An {@link Active} referral. */
        public static Either<SupportServiceError, ProtectionReferral> active(Common c, ProviderId provider, Assignment assignment,
                                                                           ThreePartyMeeting meeting, List<InfoRequest> infoRequests,
                                                                           List<ChangeNotice> notices, List<Report> reports,
                                                                           List<Evaluation> evaluations) {
            return build(() -> ImmutableProtectionReferral.Active.builder().id(c.id()).client(c.client()).protection(c.protection())
                    .needAssessment(c.need()).referralDecision(c.decision()).language(c.language()).funding(c.funding())
                    .provider(provider).assignment(assignment).meeting(meeting).infoRequests(infoRequests).changeNotices(notices)
                    .reports(reports).evaluations(evaluations).build());
        }

        /** An {@link Ended} referral. */
        public static Either<SupportServiceError, ProtectionReferral> ended(Common c, EndReason reason, Option<String> statedReason,
                                                                          LocalDate endedOn, Option<Assignment> assignment) {
            return build(() -> ImmutableProtectionReferral.Ended.builder().id(c.id()).client(c.client()).protection(c.protection())
                    .needAssessment(c.need()).referralDecision(c.decision()).language(c.language()).funding(c.funding())
                    .reason(reason).statedReason(statedReason).endedOn(endedOn).assignment(assignment).build());
        }

        private static ImmutableProtectionReferral.Referred.Builder base(Common c, ImmutableProtectionReferral.Referred.Builder b) {
            return b.id(c.id()).client(c.client()).protection(c.protection()).needAssessment(c.need()).referralDecision(c.decision())
                    .language(c.language()).funding(c.funding());
        }

        private static Either<SupportServiceError, ProtectionReferral> build(java.util.function.Supplier<ProtectionReferral> make) {
            try {
                ProtectionReferral r = make.get();
                if (!(r.referralDecision().outcome() instanceof Outcome.Refer)) {
                    return Either.left(new SupportServiceError.Invalid("the referral decision is not a referral"));
                }
                return Either.right(r);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                return Either.left(new SupportServiceError.Invalid("stored referral is not valid: " + e.getMessage()));
            }
        }
    }

    /** Shared steps. */
    final class Transitions {
        private Transitions() {
        }

        static Ended end(Open open, EndReason reason, Option<String> statedReason, LocalDate on) {
            Option<Assignment> assignment = switch (open) {
                case Assigned a -> Option.some(a.assignment());
                case CaseManagerContacted c -> Option.some(c.assignment());
                case Active a -> Option.some(a.assignment());
                case Referred r -> Option.none();
                case WithProvider w -> Option.none();
            };
            return ImmutableProtectionReferral.Ended.builder().from((ProtectionReferral) open).reason(reason)
                    .statedReason(statedReason).endedOn(on).assignment(assignment).build();
        }
    }
}
