package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Grants the service, placing the applicant at the stage their assessed needs fit (RES-3,
 * RES-8).
 */
public interface GrantServiceUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> grantService(GrantServiceCommand command);
}
