package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
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
    Either<SocialHousingError, Application> supplementApplication(SupplementApplicationCommand command);
}
