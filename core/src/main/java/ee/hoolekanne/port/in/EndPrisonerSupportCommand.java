package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends a prisoner's support-person case with its reason.
 *
 * @param id the case
 * @param on the last day
 * @param reason why it ends
 */
public record EndPrisonerSupportCommand(CaseId id, LocalDate on, String reason) {
    /** Every part is required. */
    public EndPrisonerSupportCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
