package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Admits a released prisoner to accommodation for up to six months (JUS-3, JUS-4).
 */
public interface AdmitReleasedPrisonerUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> admitReleasedPrisoner(AdmitReleasedPrisonerCommand command);
}
