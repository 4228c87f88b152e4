package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import io.vavr.control.Either;

/**
 * Moves the resident to the next stage once the stage's goals are met: shelter to social
 * housing unit to dormitory (RES-4), dormitory to independent life with a dwelling found
 * (RES-5).
 */
public interface MoveToNextStageUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<ResocializationError, Resocialization> moveToNextStage(MoveToNextStageCommand command);
}
