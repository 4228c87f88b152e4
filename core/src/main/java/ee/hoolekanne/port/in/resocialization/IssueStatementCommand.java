package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.ResocializationError;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The resident's statement for a month (RES-10): the days of each stay, never a day after a stay ended (RES-11), and the laundry.
 *
 * @param caseId the case
 * @param month the month
 */
public record IssueStatementCommand(CaseId caseId, YearMonth month) {
    /** Every part is required. */
    public IssueStatementCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(month, "month");
    }
}
