package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Records the specialist's assessment and proposal (TSM-7).
 */
public interface AssessApplicationUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the assessed case; Left AssessmentIncomplete or WrongState
     */
    Either<SocialHousingError, Application> assessApplication(AssessApplicationCommand command);
}
