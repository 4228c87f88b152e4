package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Moves the resident to the next stage once the stage's goals are met: shelter to social
 * housing unit to dormitory (RES-4), dormitory to independent life with a dwelling found
 * (RES-5).
 */
public interface MoveToNextStageUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<ResocializationError>, Resocialization> moveToNextStage(MoveToNextStageCommand command);
}
