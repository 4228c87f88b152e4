package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Books an individual psychological counselling session for a family, within the family's
 * quota (AHT-5).
 *
 * @param familyId the family
 * @param on the day of the session
 */
public record BookPsychologicalSessionCommand(String familyId, LocalDate on) {
    /** Every part is required. */
    public BookPsychologicalSessionCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(on, "on");
    }
}
