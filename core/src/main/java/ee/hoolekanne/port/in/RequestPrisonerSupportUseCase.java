package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Records a prisoner's request for a support person before release (JUS-1).
 */
public interface RequestPrisonerSupportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, PrisonerSupport> request(RequestPrisonerSupportCommand command);
}
