package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Draws up the resident's action plan for the stage (RES-4).
 */
public interface DrawUpResocializationPlanUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> drawUpActionPlan(DrawUpResocializationPlanCommand command);
}
