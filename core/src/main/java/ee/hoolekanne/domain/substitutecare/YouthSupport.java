package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A support person for a young person leaving substitute care (AHT-9 .. AHT-13), as a sealed
 * lifecycle:
 *
 * <pre>
 * NeedMarked → WithProvider → Assigned → Cooperating → Ended
 * </pre>
 *
 * <p>The local government marks the need in the youth's case plan and contacts the Social
 * Insurance Board, which passes the case to the provider of the region where the youth lives
 * now (AHT-11). A trusted support person starts only after the youth has left care; a
 * professional one up to 6 months before the planned leaving date (AHT-10). Support person and
 * youth sign a cooperation agreement, keep a diary, report to the local government every 3
 * months, and the situation is assessed after a year (AHT-12). Free for the local government,
 * funded by the ESF (AHT-13).
 */
@Value.Enclosing
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, defaults = @Value.Immutable(copy = true))
public sealed interface YouthSupport extends CaseFile<SubstituteCareSchedule> {

    /** The service's provider directory entry name. */
    String SERVICE = "youth support person";

    /** The case. */
    CaseId id();

    /** The young person. */
    PersonalCode youth();

    /** Everyone whose data this case holds: the young person (TSM-18). */
    @Override
    default List<PersonalCode> persons() {
        return List.of(youth());
    }

    /** Why they qualify (AHT-9). */
    Set<YouthSituation> situations();

    /** The county where the youth lives now: its region's provider serves them (AHT-11). */
    County livesIn();

    /** The planned (or actual) date of leaving care. */
    LocalDate leavingDate();

    /** Whether the youth is also in aftercare: allowed, not required (AHT-9). */
    boolean inAftercare();

    /** Who pays (AHT-13). */
    default FundingSource funding() {
        return FundingSource.EUROPEAN_SOCIAL_FUND;
    }

    /** AHT-13: the service is free for the local government. */
    default Money costToLocalGovernment() {
        return Money.ZERO;
    }

    @Override
    default CaseKind kind() {
        return CaseKind.YOUTH_SUPPORT;
    }

    @Override
    default boolean isOpen() {
        return !(this instanceof Ended);
    }

    @Override
    default List<Obligation> openObligations(SubstituteCareSchedule schedule) {
        return openObligations(schedule.calendar(), schedule.rules());
    }

    @Override
    default LegalBasis basis(Rule rule, SubstituteCareSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    /** What happened, from the marked need on, as far as the state keeps it. */
    @Override
    default List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        switch (this) {
            case NeedMarked n -> entries.add(HistoryEntry.of(n.markedOn(), "need marked in the case plan (AHT-11)"));
            case WithProvider w -> entries.add(HistoryEntry.of(w.passedOn(), "passed to the region's provider (AHT-11)"));
            case Assigned a -> entries.add(HistoryEntry.of(a.assignment().from(), "support person assigned (AHT-10)"));
            case Cooperating c -> {
                entries.add(HistoryEntry.of(c.assignment().from(), "support person assigned (AHT-10)"));
                entries.add(HistoryEntry.of(c.agreement().signedOn(), "cooperation agreement signed (AHT-11)"));
                c.diary().forEach(d -> entries.add(HistoryEntry.of(d.on(), "diary entry (AHT-12)")));
                c.reports().forEach(r -> entries.add(HistoryEntry.of(r.submittedOn(), "report to the local government (AHT-12)")));
                c.assessments().forEach(on -> entries.add(HistoryEntry.of(on, "yearly assessment: the service continues (AHT-12)")));
            }
            case Ended e -> {
                entries.add(HistoryEntry.of(e.assignment().from(), "support person assigned (AHT-10)"));
                entries.add(HistoryEntry.of(e.endedOn(), "ended"));
            }
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::on));
        return List.copyOf(entries);
    }

    /** The state's name. */
    @Override
    default String state() {
        return switch (this) {
            case NeedMarked s -> "NeedMarked";
            case WithProvider s -> "WithProvider";
            case Assigned s -> "Assigned";
            case Cooperating s -> "Cooperating";
            case Ended s -> "Ended";
        };
    }

    /**
     * AHT-10: the first day a support person of {@code kind} may start: the leaving date for a
     * trusted one, 6 months before it for a professional one.
     */
    default LocalDate windowOpens(SupportPersonKind kind, SubstituteCareRules rules) {
        return kind == SupportPersonKind.TRUSTED ? leavingDate()
                : leavingDate().minusMonths(rules.professionalEarlyStart().amount());
    }

    /** The open obligations: the next report to the local government and the yearly assessment (AHT-12). */
    default List<Obligation> openObligations(EstonianCalendar calendar, SubstituteCareRules rules) {
        return this instanceof Cooperating c
                ? List.of(Obligation.of(CaseKind.YOUTH_SUPPORT, id(), Duty.REPORT_TO_LOCAL_GOVERNMENT, c.nextReportDeadline(calendar, rules)),
                Obligation.of(CaseKind.YOUTH_SUPPORT, id(), Duty.ASSESS_SITUATION, c.assessmentDeadline(calendar, rules)))
                : List.of();
    }

    /**
     * AHT-9, AHT-11: the local government marks the need in the youth's case plan and contacts the
     * project manager, within the project period.
     *
     * @return the case, or {@link SupportServiceError.NotEligible} or {@link SupportServiceError.OutsideProject}
     */
    static Either<SupportServiceError, NeedMarked> markNeed(CaseId id, PersonalCode youth, Set<YouthSituation> situations,
                                                           County livesIn, LocalDate leavingDate, boolean inAftercare,
                                                           LocalDate markedOn, Project project) {
        if (situations.isEmpty()) {
            return Either.left(new SupportServiceError.NotEligible("not leaving substitute care or guardianship (AHT-9)"));
        }
        return project.covers(markedOn).map(on -> ImmutableYouthSupport.NeedMarked.builder().id(id).youth(youth)
                .situations(situations).livesIn(livesIn).leavingDate(leavingDate).inAftercare(inAftercare)
                .markedOn(on).build());
    }

    /** The need is marked; the Social Insurance Board passes it to the region's provider (AHT-11). */
    @Value.Immutable
    non-sealed interface NeedMarked extends YouthSupport {
        /** When the local government marked the need and contacted the project manager. */
        LocalDate markedOn();

        /**
         * AHT-11: passes the case to the provider of the region of the county where the youth
         * lives now, contracted on that date.
         *
         * @return the case, or {@link SupportServiceError.NoProvider} or {@link SupportServiceError.OutsideProject}
         */
        default Either<SupportServiceError, WithProvider> passToProvider(ProviderDirectory directory, LocalDate on,
                                                                        Project project) {
            return project.covers(on).flatMap(date -> directory.forCounty(SERVICE, livesIn(), date)
                    .toEither(() -> (SupportServiceError) new SupportServiceError.NoProvider(livesIn() + " on " + date))
                    .map(provider -> ImmutableYouthSupport.WithProvider.builder().from((YouthSupport) this)
                            .provider(provider.id()).passedOn(date).build()));
        }
    }

    /** With the region's provider, who finds a support person (AHT-11). */
    @Value.Immutable
    non-sealed interface WithProvider extends YouthSupport {
        /** The provider. */
        ProviderId provider();

        /** When the case reached it. */
        LocalDate passedOn();

        /**
         * AHT-10: assigns a support person of this provider, starting on {@code startsOn}: a trusted
         * one only after the youth has left care, a professional one from 6 months before the
         * planned leaving date; qualified either way; within the project period.
         *
         * @return the case, or {@link SupportServiceError.BeforeWindow}, {@link SupportServiceError.NotQualified},
         *         {@link SupportServiceError.WrongSupportPerson} or {@link SupportServiceError.OutsideProject}
         */
        default Either<SupportServiceError, Assigned> assign(SupportPerson person, LocalDate startsOn, Option<Proposer> proposedBy,
                                                            SubstituteCareRules rules, Project project) {
            if (!person.providerId().equals(provider())) {
                return Either.left(new SupportServiceError.WrongSupportPerson("the support person works for another provider"));
            }
            if ((person.kind() == SupportPersonKind.PROFESSIONAL) != proposedBy.isDefined()) {
                return Either.left(new SupportServiceError.Invalid(person.kind() == SupportPersonKind.PROFESSIONAL
                        ? "a professional support person is proposed by the local government or the regional provider (AHT-10)"
                        : "a trusted support person is the youth's own choice, proposed by nobody (AHT-10)"));
            }
            LocalDate opens = windowOpens(person.kind(), rules);
            if (startsOn.isBefore(opens)) {
                return Either.left(new SupportServiceError.BeforeWindow(opens));
            }
            if (!person.isQualifiedOn(startsOn)) {
                return Either.left(new SupportServiceError.NotQualified());
            }
            return project.covers(startsOn).map(on -> ImmutableYouthSupport.Assigned.builder().from((YouthSupport) this)
                    .provider(provider()).assignment(new Assignment(person.id(), person.kind(), provider(), on)).proposedBy(proposedBy).build());
        }
    }

    /** A support person is assigned; the cooperation agreement comes next (AHT-11). */
    @Value.Immutable
    non-sealed interface Assigned extends YouthSupport {
        /** The provider. */
        ProviderId provider();

        /** The support person and the start. */
        Assignment assignment();

        /** Who proposed a professional support person (AHT-10); none for a trusted one. */
        Option<Proposer> proposedBy();

        /**
         * AHT-11: the support person and the youth sign the cooperation agreement.
         *
         * @return the case, or {@link SupportServiceError.Invalid} before the assignment starts
         */
        default Either<SupportServiceError, Cooperating> signAgreement(CooperationAgreement agreement, Project project) {
            if (agreement.signedOn().isBefore(assignment().from())) {
                return Either.left(new SupportServiceError.Invalid("the agreement follows the assignment"));
            }
            return project.covers(agreement.signedOn()).map(on -> ImmutableYouthSupport.Cooperating.builder()
                    .from((YouthSupport) this).provider(provider()).assignment(assignment()).proposedBy(proposedBy()).agreement(agreement).build());
        }
    }

    /** Cooperating under the agreement: diary, reports every 3 months, assessment after a year (AHT-12). */
    @Value.Immutable
    non-sealed interface Cooperating extends YouthSupport {
        /** The provider. */
        ProviderId provider();

        /** The support person and the start. */
        Assignment assignment();

        /** Who proposed a professional support person (AHT-10); none for a trusted one. */
        Option<Proposer> proposedBy();

        /** The cooperation agreement. */
        CooperationAgreement agreement();

        /** The client diary (AHT-12). */
        List<DiaryEntry> diary();

        /** Reports to the local government (AHT-12). */
        List<Report> reports();

        /** The dates of the yearly assessments after which the service continued (AHT-12). */
        List<LocalDate> assessments();

        /** AHT-12: a report every 3 months, from the agreement or the last report. */
        default Deadline nextReportDeadline(EstonianCalendar calendar, SubstituteCareRules rules) {
            LocalDate last = reports().isEmpty() ? agreement().signedOn() : reports().get(reports().size() - 1).submittedOn();
            return calendar.deadline(last, rules.reportInterval(), rules.basis(Rule.AHT_12),
                    reports().isEmpty() ? "cooperation agreement signed" : "last report");
        }

        /** AHT-12: the situation is assessed after a year of cooperation, and yearly if it continues. */
        default Deadline assessmentDeadline(EstonianCalendar calendar, SubstituteCareRules rules) {
            LocalDate last = assessments().isEmpty() ? agreement().signedOn() : assessments().get(assessments().size() - 1);
            return calendar.deadline(last, rules.assessmentAfter(), rules.basis(Rule.AHT_12),
                    assessments().isEmpty() ? "cooperation agreement signed" : "last assessment");
        }

        /** AHT-12: adds an entry to the client diary. */
        default Cooperating writeDiary(DiaryEntry entry) {
            List<DiaryEntry> list = new ArrayList<>(diary());
            list.add(entry);
            return ImmutableYouthSupport.Cooperating.copyOf(this).withDiary(list);
        }

        /** AHT-12: records a report to the local government. */
        default Either<SupportServiceError, Cooperating> report(Report report) {
            if (report.submittedOn().isBefore(agreement().signedOn())) {
                return Either.left(new SupportServiceError.Invalid("a report follows the agreement"));
            }
            List<Report> list = new ArrayList<>(reports());
            list.add(report);
            return Either.right(ImmutableYouthSupport.Cooperating.copyOf(this).withReports(list));
        }

        /**
         * AHT-12: the yearly assessment; the service continues, or ends that day.
         *
         * @return the case, continuing or ended; {@link SupportServiceError.Invalid} for an assessment before its year is up
         */
        default Either<SupportServiceError, YouthSupport> assess(LocalDate on, boolean continues, EstonianCalendar calendar,
                                                                SubstituteCareRules rules) {
            Deadline due = assessmentDeadline(calendar, rules);
            if (on.isBefore(due.nominalDate().minusMonths(1))) {
                return Either.left(new SupportServiceError.Invalid("the assessment comes after a year of cooperation"));
            }
            if (!continues) {
                return Either.right(end(on, "assessed: service no longer needed"));
            }
            List<LocalDate> list = new ArrayList<>(assessments());
            list.add(on);
            return Either.right(ImmutableYouthSupport.Cooperating.copyOf(this).withAssessments(list));
        }

        /** Ends the cooperation on {@code on} for {@code reason}. */
        default Ended end(LocalDate on, String reason) {
            return ImmutableYouthSupport.Ended.builder().from((YouthSupport) this).endedOn(on).reason(reason)
                    .assignment(assignment()).proposedBy(proposedBy()).build();
        }
    }

    /**
     * What every state shares, for {@link Reconstitute}.
     *
     * @param id          the case
     * @param youth       the young person
     * @param situations  why they qualify
     * @param livesIn     the county they live in now
     * @param leavingDate the planned or actual leaving date
     * @param inAftercare whether they are in aftercare
     */
    record Common(CaseId id, PersonalCode youth, Set<YouthSituation> situations, County livesIn, LocalDate leavingDate,
                  boolean inAftercare) {
    }

    /** The fields every state shares. */
    default Common common() {
        return new Common(id(), youth(), situations(), livesIn(), leavingDate(), inAftercare());
    }

    /**
     * Rebuilds states from stored data, for adapters; returns {@link SupportServiceError.Invalid}
     * instead of a half-built object and never throws.
     */
    final class Reconstitute {
        private Reconstitute() {
        }

        /** A {@link NeedMarked} case. */
        public static Either<SupportServiceError, YouthSupport> needMarked(Common c, LocalDate markedOn) {
            return build(() -> ImmutableYouthSupport.NeedMarked.builder().id(c.id()).youth(c.youth()).situations(c.situations())
                    .livesIn(c.livesIn()).leavingDate(c.leavingDate()).inAftercare(c.inAftercare()).markedOn(markedOn).build());
        }

        /** A {@link WithProvider} case. */
        public static Either<SupportServiceError, YouthSupport> withProvider(Common c, ProviderId provider, LocalDate passedOn) {
            return build(() -> ImmutableYouthSupport.WithProvider.builder().id(c.id()).youth(c.youth()).situations(c.situations())
                    .livesIn(c.livesIn()).leavingDate(c.leavingDate()).inAftercare(c.inAftercare()).provider(provider)
                    .passedOn(passedOn).build());
        }

        /** An {@link Assigned} case. */
        public static Either<SupportServiceError, YouthSupport> assigned(Common c, ProviderId provider, Assignment assignment,
                                                                        Option<Proposer> proposedBy) {
            return build(() -> ImmutableYouthSupport.Assigned.builder().id(c.id()).youth(c.youth()).situations(c.situations())
                    .livesIn(c.livesIn()).leavingDate(c.leavingDate()).inAftercare(c.inAftercare()).provider(provider)
                    .assignment(assignment).proposedBy(proposedBy).build());
        }

        /** A {@link Cooperating} case. */
        public static Either<SupportServiceError, YouthSupport> cooperating(Common c, ProviderId provider, Assignment assignment,
                                                                           Option<Proposer> proposedBy, CooperationAgreement agreement, List<DiaryEntry> diary,
                                                                           List<Report> reports, List<LocalDate> assessments) {
            return build(() -> ImmutableYouthSupport.Cooperating.builder().id(c.id()).youth(c.youth()).situations(c.situations())
                    .livesIn(c.livesIn()).leavingDate(c.leavingDate()).inAftercare(c.inAftercare()).provider(provider)
                    .assignment(assignment).proposedBy(proposedBy).agreement(agreement).diary(diary).reports(reports).assessments(assessments).build());
        }

        /** An {@link Ended} case. */
        public static Either<SupportServiceError, YouthSupport> ended(Common c, LocalDate endedOn, String reason, Assignment assignment,
                                                                     Option<Proposer> proposedBy) {
            return build(() -> ImmutableYouthSupport.Ended.builder().id(c.id()).youth(c.youth()).situations(c.situations())
                    .livesIn(c.livesIn()).leavingDate(c.leavingDate()).inAftercare(c.inAftercare()).endedOn(endedOn).reason(reason)
                    .assignment(assignment).proposedBy(proposedBy).build());
        }

        private static Either<SupportServiceError, YouthSupport> build(java.util.function.Supplier<YouthSupport> make) {
            try {
                YouthSupport y = make.get();
                if (y.situations().isEmpty()) {
                    return Either.left(new SupportServiceError.Invalid("a youth case has a qualifying situation (AHT-9)"));
                }
                return Either.right(y);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                return Either.left(new SupportServiceError.Invalid("stored youth case is not valid: " + e.getMessage()));
            }
        }
    }

    /** Ended. Final. */
    @Value.Immutable
    non-sealed interface Ended extends YouthSupport {
        /** The last day. */
        LocalDate endedOn();

        /** Why. */
        String reason();

        /** The support person who was assigned. */
        Assignment assignment();

        /** Who proposed a professional support person (AHT-10); none for a trusted one. */
        Option<Proposer> proposedBy();
    }
}
