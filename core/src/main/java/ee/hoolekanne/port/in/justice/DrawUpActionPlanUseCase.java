package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Draws up the resident's action plan towards a permanent job and dwelling (JUS-6).
 */
public interface DrawUpActionPlanUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ReleasedAccommodation> drawUpActionPlan(DrawUpActionPlanCommand command);
}
