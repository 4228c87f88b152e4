package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link StartUseUseCase}: records that the recipient started using the service (TSM-14).
 *
 * @param caseId the case
 * @param on the first day of use
 */
public record StartUseCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public StartUseCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
