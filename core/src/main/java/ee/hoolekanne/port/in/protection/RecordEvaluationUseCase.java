package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records an interim evaluation of the case plan that the provider took part in (RVK-8). */
public interface RecordEvaluationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> recordEvaluation(RecordEvaluationCommand command);
}
