package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the prisoner's release; the support continues after it (JUS-2).
 *
 * @param caseId the case
 * @param on the day of release
 */
public record RecordReleaseCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public RecordReleaseCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
