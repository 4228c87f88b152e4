package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Ends a prisoner's support-person case with its reason.
 */
public interface EndSupportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, PrisonerSupport> endSupport(EndSupportCommand command);
}
