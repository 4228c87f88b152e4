package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
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
    Either<CaseFailure<SocialHousingError>, Application> terminateService(TerminateServiceCommand command);
}
