package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Ends a prisoner's support-person case with its reason.
 */
public interface EndPrisonerSupportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, PrisonerSupport> end(EndPrisonerSupportCommand command);
}
