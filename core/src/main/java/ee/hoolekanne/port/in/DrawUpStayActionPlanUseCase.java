package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Draws up the resident's action plan towards a permanent job and dwelling (JUS-6).
 */
public interface DrawUpStayActionPlanUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ReleasedAccommodation> drawUpActionPlan(DrawUpStayActionPlanCommand command);
}
