package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Ends a service whose term has expired (TSM-21).
 */
public interface ExpireServiceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the ended case; Left NotYetExpired
     */
    Either<SocialHousingError, Application> expireService(ExpireServiceCommand command);
}
