package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Extends a stay by the provider's decision before it ends (JUS-5).
 */
public interface ExtendStayUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ReleasedAccommodation> extend(ExtendStayCommand command);
}
