package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Evaluates a goal of the resident's action plan (RES-4).
 */
public interface EvaluateResocializationGoalUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> evaluateGoal(EvaluateResocializationGoalCommand command);
}
