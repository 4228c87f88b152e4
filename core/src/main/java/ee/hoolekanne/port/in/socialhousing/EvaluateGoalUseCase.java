package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records an interim or follow-up evaluation of a goal (TSM-17 9).
 */
public interface EvaluateGoalUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case; Left NoActionPlan or UnknownGoal
     */
    Either<CaseFailure<SocialHousingError>, Application> evaluateGoal(EvaluateGoalCommand command);
}
