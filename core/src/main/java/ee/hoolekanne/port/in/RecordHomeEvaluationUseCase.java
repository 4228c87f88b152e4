package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Records a substitute home's internal evaluation (AHT-8).
 */
public interface RecordHomeEvaluationUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, SubstituteHome> recordEvaluation(RecordHomeEvaluationCommand command);
}
