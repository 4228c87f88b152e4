package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends the support-person service of a youth (AHT-13) with its reason.
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
