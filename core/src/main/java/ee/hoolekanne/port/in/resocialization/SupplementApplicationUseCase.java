package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link SupplementApplicationUseCase}: the applicant gives the missing parts of an incomplete application (RES-7); complete, it waits for the decision (RES-8). */
public interface SupplementApplicationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> supplementApplication(SupplementApplicationCommand command);
}
