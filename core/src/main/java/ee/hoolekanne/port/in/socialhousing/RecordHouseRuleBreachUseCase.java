package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a breach of the house rules (TSM-19).
 */
public interface RecordHouseRuleBreachUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case
     */
    Either<CaseFailure<SocialHousingError>, Application> recordHouseRuleBreach(RecordHouseRuleBreachCommand command);
}
