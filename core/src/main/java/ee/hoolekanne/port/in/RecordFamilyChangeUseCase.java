package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Records a change of family composition (TSM-20 8).
 */
public interface RecordFamilyChangeUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case
     */
    Either<SocialHousingError, Application> recordFamilyChange(RecordFamilyChangeCommand command);
}
