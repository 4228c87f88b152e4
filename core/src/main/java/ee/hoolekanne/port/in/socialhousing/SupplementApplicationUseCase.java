package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Replaces an incomplete application's form with a supplemented one (TSM-6).
 */
public interface SupplementApplicationUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case, complete or still incomplete
     */
    Either<CaseFailure<SocialHousingError>, Application> supplementApplication(SupplementApplicationCommand command);
}
