package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Records that the recipient started using the service (TSM-14).
 */
public interface StartUseUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the running case; Left DeadlinePassed, InvalidDates
     */
    Either<SocialHousingError, Application> startUse(StartUseCommand command);
}
