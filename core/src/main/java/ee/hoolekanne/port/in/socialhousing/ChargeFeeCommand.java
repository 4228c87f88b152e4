package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The command of {@link ChargeFeeUseCase}: charges the bed-place fee for a month (TSM-4, X-2).
 *
 * @param caseId the case
 * @param month the month
 */
public record ChargeFeeCommand(CaseId caseId, YearMonth month) {
    /** Every part is required. */
    public ChargeFeeCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(month, "month");
    }
}
