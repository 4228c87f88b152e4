package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the shelter's assessment one month before the term ends (TSM-24).
 */
public interface AssessBeforeExpiryUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case
     */
    Either<CaseFailure<SocialHousingError>, Application> assessBeforeExpiry(AssessBeforeExpiryCommand command);
}
