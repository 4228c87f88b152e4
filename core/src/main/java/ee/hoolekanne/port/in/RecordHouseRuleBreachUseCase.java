package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
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
    Either<SocialHousingError, Application> recordHouseRuleBreach(RecordHouseRuleBreachCommand command);
}
