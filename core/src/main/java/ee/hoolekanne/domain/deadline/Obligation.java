package ee.hoolekanne.domain.deadline;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Something that must be done in a case by a deadline, e.g. "committee decision" due within 10
 * working days of the complete application (TSM-8). The deadline carries its legal basis and
 * explanation.
 *
 * @param caseId   the case
 * @param what     what must be done, in English
 * @param deadline when, and why
 */
public record Obligation(CaseId caseId, String what, Deadline deadline) {
    /** All parts are required. */
    public Obligation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(deadline, "deadline");
    }
}
