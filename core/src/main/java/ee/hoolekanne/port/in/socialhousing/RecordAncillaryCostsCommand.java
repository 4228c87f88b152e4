package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.money.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The command of {@link RecordAncillaryCostsUseCase}: records a separate dwelling's ancillary costs for a month at actual cost (TSM-5).
 *
 * @param caseId the case
 * @param month the month
 * @param actualCost the actual cost
 * @param basis what the cost consists of
 */
public record RecordAncillaryCostsCommand(CaseId caseId, YearMonth month, Money actualCost, String basis) {
    /** Every part is required. */
    public RecordAncillaryCostsCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(actualCost, "actualCost");
        Objects.requireNonNull(basis, "basis");
    }
}
