package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link LeaveUnprocessedUseCase}: the missing parts were not given within the remedy term, so the application is left unprocessed (HMS-1) by a decision with its facts (HMS-2), by a competent role (HMS-4), with its hearing or the reason why none was held (HMS-5). */
public interface LeaveUnprocessedUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> leaveUnprocessed(LeaveUnprocessedCommand command);
}
