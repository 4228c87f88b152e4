package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a contact the support person made for the prisoner (JUS-2).
 */
public interface RecordContactUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, PrisonerSupport> recordContact(RecordContactCommand command);
}
