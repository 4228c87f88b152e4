package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Declares a granting decision invalid when its TSM-13, TSM-14 or TSM-15 deadline has passed, and frees the unit.
 */
public interface LapseDecisionUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the lapsed case; Left DeadlineNotPassed while there is time
     */
    Either<CaseFailure<SocialHousingError>, Application> lapseDecision(LapseDecisionCommand command);
}
