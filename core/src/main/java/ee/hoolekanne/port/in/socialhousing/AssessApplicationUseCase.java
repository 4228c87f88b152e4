package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the specialist's assessment and proposal (TSM-7).
 */
public interface AssessApplicationUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the assessed case; Left Refused(AssessmentIncomplete)
     */
    Either<CaseFailure<SocialHousingError>, Application> assessApplication(AssessApplicationCommand command);
}
