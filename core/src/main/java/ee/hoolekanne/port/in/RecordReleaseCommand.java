package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the prisoner's release; the support continues after it (JUS-2).
 *
 * @param id the case
 * @param on the day of release
 */
public record RecordReleaseCommand(CaseId id, LocalDate on) {
    /** Every part is required. */
    public RecordReleaseCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
    }
}
