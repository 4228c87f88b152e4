package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Draws up the action plan (TSM-16, TSM-17); every missing part is reported at once.
 */
public interface DrawUpActionPlanUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case; Left ActionPlanIncomplete or ActionPlanAlreadyExists
     */
    Either<CaseFailure<SocialHousingError>, Application> drawUpActionPlan(DrawUpActionPlanCommand command);
}
