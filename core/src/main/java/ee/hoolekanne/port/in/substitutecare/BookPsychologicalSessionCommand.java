package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Books an individual psychological counselling session for a family, within the family's
 * quota (AHT-5).
 *
 * @param caseId   the family
 * @param on the day of the session
 */
public record BookPsychologicalSessionCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public BookPsychologicalSessionCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
