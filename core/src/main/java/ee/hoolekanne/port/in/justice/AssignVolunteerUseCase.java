package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Assigns a volunteer support person of a partner provider, from six months before release
 * (JUS-1, JUS-2).
 */
public interface AssignVolunteerUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, PrisonerSupport> assignVolunteer(AssignVolunteerCommand command);
}
