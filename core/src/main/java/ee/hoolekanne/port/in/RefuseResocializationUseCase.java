package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Refuses the service (RES-8).
 */
public interface RefuseResocializationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> refuse(RefuseResocializationCommand command);
}
