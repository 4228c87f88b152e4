package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Applies for the resocialization service in Tallinn at the district government (RES-6, RES-7,
 * RES-9).
 */
public interface ApplyForResocializationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> apply(ApplyForResocializationCommand command);
}
