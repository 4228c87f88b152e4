package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends a prisoner's support-person case with its reason.
 *
 * @param caseId the case
 * @param on the last day
 * @param reason why it ends
 */
public record EndSupportCommand(CaseId caseId, LocalDate on, String reason) {
    /** Every part is required. */
    public EndSupportCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
