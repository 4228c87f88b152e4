package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Refuses the service (RES-8).
 */
public interface RefuseApplicationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> refuseApplication(RefuseApplicationCommand command);
}
