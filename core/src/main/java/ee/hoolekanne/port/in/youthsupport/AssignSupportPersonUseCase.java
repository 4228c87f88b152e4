package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Assigns a support person of the provider from the start of the window before the youth
 * leaves care (AHT-10).
 */
public interface AssignSupportPersonUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, YouthSupport> assignSupportPerson(AssignSupportPersonCommand command);
}
