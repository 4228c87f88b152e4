package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
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
    Either<CaseFailure<SocialHousingError>, Application> startUse(StartUseCommand command);
}
