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
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A substitute home and its internal evaluations (AHT-8: at least once every 3 years).
 *
 * @param id          the home
 * @param evaluations the dates of its internal evaluations, oldest first, at least one
 */
public record SubstituteHome(CaseId id, List<LocalDate> evaluations) implements CaseFile<SubstituteCareSchedule> {

    /** Copies the list; at least one evaluation, in order. */
    public SubstituteHome {
        Objects.requireNonNull(id, "id");
        evaluations = List.copyOf(evaluations);
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("a home is known from its first internal evaluation or opening");
        }
        for (int i = 1; i < evaluations.size(); i++) {
            if (evaluations.get(i).isBefore(evaluations.get(i - 1))) {
                throw new IllegalArgumentException("evaluations in date order");
            }
        }
    }

    /** AHT-8: the next internal evaluation is due within 3 years of the last one. */
    public Deadline nextEvaluationDeadline(EstonianCalendar calendar, SubstituteCareRules rules) {
        return calendar.deadline(evaluations.get(evaluations.size() - 1), rules.internalEvaluationInterval(),
                rules.basis(Rule.AHT_8), "last internal evaluation");
    }

    /** The open obligation: the next internal evaluation (AHT-8). */
    public List<Obligation> openObligations(EstonianCalendar calendar, SubstituteCareRules rules) {
        return List.of(Obligation.of(CaseKind.SUBSTITUTE_HOME, id, Duty.EVALUATE_SUBSTITUTE_HOME, nextEvaluationDeadline(calendar, rules)));
    }

    @Override
    public List<Obligation> openObligations(SubstituteCareSchedule schedule) {
        return openObligations(schedule.calendar(), schedule.rules());
    }

    @Override
    public CaseKind kind() {
        return CaseKind.SUBSTITUTE_HOME;
    }

    @Override
    public String state() {
        return "Registered";
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    /** None: a home holds no one's personal data. */
    @Override
    public List<PersonalCode> persons() {
        return List.of();
    }

    @Override
    public List<HistoryEntry> history() {
        return evaluations.stream().map(on -> HistoryEntry.of(on, "internal evaluation (AHT-8)")).toList();
    }

    @Override
    public LegalBasis basis(Rule rule, SubstituteCareSchedule schedule) {
        return schedule.rules().basis(rule);
    }

    /** Records an internal evaluation. */
    public Either<SupportServiceError, SubstituteHome> evaluated(LocalDate on) {
        if (on.isBefore(evaluations.get(evaluations.size() - 1))) {
            return Either.left(new SupportServiceError.Invalid("evaluations in date order"));
        }
        List<LocalDate> list = new ArrayList<>(evaluations);
        list.add(on);
        return Either.right(new SubstituteHome(id, list));
    }
}
