package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Assigns a volunteer support person of a partner provider, from six months before release
 * (JUS-1, JUS-2).
 */
public interface AssignVolunteerUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, PrisonerSupport> assign(AssignVolunteerCommand command);
}
