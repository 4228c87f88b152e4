package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends the support-person service of a youth (AHT-13) with its reason.
 *
 * @param id the case
 * @param on the last day
 * @param reason why it ends
 */
public record EndYouthSupportCommand(CaseId id, LocalDate on, String reason) {
    /** Every part is required. */
    public EndYouthSupportCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
