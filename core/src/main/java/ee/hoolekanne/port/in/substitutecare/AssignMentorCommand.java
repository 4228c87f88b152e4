package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.Mentor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a qualified mentor to a family (AHT-6).
 *
 * @param caseId   the family
 * @param mentor the mentor
 * @param on the first day
 */
public record AssignMentorCommand(CaseId caseId, Mentor mentor, LocalDate on) {
    /** Every part is required. */
    public AssignMentorCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(on, "on");
    }
}
