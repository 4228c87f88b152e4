package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Extends a stay by the provider's decision before it ends (JUS-5).
 */
public interface ExtendStayUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> extendStay(ExtendStayCommand command);
}
