package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * The committee ends the service early (TSM-22) or because the goals are met (TSM-23).
 */
public interface TerminateServiceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the ended case; Left GoalsNotMet, WrongOutcome, InvalidDates
     */
    Either<SocialHousingError, Application> terminateService(TerminateServiceCommand command);
}
