package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the prisoner's release; the support continues after it (JUS-2).
 */
public interface RecordReleaseUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, PrisonerSupport> recordRelease(RecordReleaseCommand command);
}
