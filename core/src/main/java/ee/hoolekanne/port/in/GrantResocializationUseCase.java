package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Grants the service, placing the applicant at the stage their assessed needs fit (RES-3,
 * RES-8).
 */
public interface GrantResocializationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> grant(GrantResocializationCommand command);
}
