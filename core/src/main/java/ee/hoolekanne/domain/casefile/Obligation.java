package ee.hoolekanne.domain.casefile;

import ee.hoolekanne.domain.calendar.Deadline;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Something that must be done in a case by a deadline, e.g. the committee's decision within 10
 * working days of the complete application (TSM-8). The deadline carries its legal basis and
 * explains itself. The case computes its obligations; an adapter keeps them as a read model for
 * the deadline watch.
 *
 * @param kind      the kind of case
 * @param caseId    the case
 * @param duty      what must be done
 * @param reference which one, when a case can have several of the duty (e.g. the number of an information request)
 * @param deadline  when, and why
 */
public record Obligation(CaseKind kind, CaseId caseId, Duty duty, Option<String> reference, Deadline deadline) {

    /** All parts are required. */
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** An obligation of which a case has at most one at a time. */
    public static Obligation of(CaseKind kind, CaseId caseId, Duty duty, Deadline deadline) {
        return new Obligation(kind, caseId, duty, Option.none(), deadline);
    }

    /** What must be done, in English, e.g. "answer information request 2". */
    public String what() {
        return reference.map(r -> duty.description() + " " + r).getOrElse(duty.description());
    }
}
