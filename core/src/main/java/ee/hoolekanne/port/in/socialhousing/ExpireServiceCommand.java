package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link ExpireServiceUseCase}: ends a service whose term has expired (TSM-21).
 *
 * @param caseId the case
 * @param today the date of the check
 */
public record ExpireServiceCommand(CaseId caseId, LocalDate today) {
    /** Every part is required. */
    public ExpireServiceCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(today, "today");
    }
}
