package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.LaundryUse;

import java.util.Objects;

/**
 * Records the resident's use of the laundry, billed by the price list (RES-10).
 *
 * @param id the case
 * @param use the use
 */
public record RecordLaundryUseCommand(CaseId id, LaundryUse use) {
    /** Every part is required. */
    public RecordLaundryUseCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(use, "use");
    }
}
