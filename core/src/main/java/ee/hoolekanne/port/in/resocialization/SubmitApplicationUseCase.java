package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Applies for the resocialization service in Tallinn at the district government (RES-6, RES-7,
 * RES-9).
 */
public interface SubmitApplicationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> submitApplication(SubmitApplicationCommand command);
}
