package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records that the resident left the accommodation, with the reason.
 *
 * @param caseId the case
 * @param on the last day
 * @param reason why
 */
public record LeaveAccommodationCommand(CaseId caseId, LocalDate on, String reason) {
    /** Every part is required. */
    public LeaveAccommodationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
