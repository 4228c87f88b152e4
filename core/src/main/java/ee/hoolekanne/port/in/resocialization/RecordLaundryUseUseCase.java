package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the resident's use of the laundry, billed by the price list (RES-10).
 */
public interface RecordLaundryUseUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> recordLaundryUse(RecordLaundryUseCommand command);
}
