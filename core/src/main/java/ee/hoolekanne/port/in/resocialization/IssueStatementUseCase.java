package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The resident's statement for a month (RES-10): the days of each stay, never a day after a stay ended (RES-11), and the laundry. */
public interface IssueStatementUseCase {

    /** The statement, or why there is none: the case has no stays, or the price list lacks a row or a list for the month (RES-10). */
    Either<CaseFailure<ResocializationError>, MonthlyStatement> issueStatement(IssueStatementCommand command);
}
