package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Ends an accommodation stay after its last day (JUS-5) when it was not extended. */
public interface ExpireStayUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> expireStay(ExpireStayCommand command);
}
