package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a prisoner's request for a support person before release (JUS-1).
 */
public interface RequestSupportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, PrisonerSupport> requestSupport(RequestSupportCommand command);
}
