package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a substitute home's internal evaluation (AHT-8).
 */
public interface RecordHomeEvaluationUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, SubstituteHome> recordHomeEvaluation(RecordHomeEvaluationCommand command);
}
