package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.LaundryUse;

import java.util.Objects;

/**
 * Records the resident's use of the laundry, billed by the price list (RES-10).
 *
 * @param caseId the case
 * @param use the use
 */
public record RecordLaundryUseCommand(CaseId caseId, LaundryUse use) {
    /** Every part is required. */
    public RecordLaundryUseCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(use, "use");
    }
}
