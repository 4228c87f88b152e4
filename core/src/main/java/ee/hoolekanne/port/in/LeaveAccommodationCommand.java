package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records that the resident left the accommodation, with the reason.
 *
 * @param id the case
 * @param on the last day
 * @param reason why
 */
public record LeaveAccommodationCommand(CaseId id, LocalDate on, String reason) {
    /** Every part is required. */
    public LeaveAccommodationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
