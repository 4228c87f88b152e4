package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.Mentor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a qualified mentor to a family (AHT-6).
 *
 * @param familyId the family
 * @param mentor the mentor
 * @param on the first day
 */
public record AssignMentorCommand(String familyId, Mentor mentor, LocalDate on) {
    /** Every part is required. */
    public AssignMentorCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(on, "on");
    }
}
