package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records that the resident left the accommodation, with the reason.
 */
public interface LeaveAccommodationUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> leaveAccommodation(LeaveAccommodationCommand command);
}
