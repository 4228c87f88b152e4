package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Records an absence of the recipient (TSM-20, TSM-22 4).
 */
public interface RecordAbsenceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case
     */
    Either<SocialHousingError, Application> recordAbsence(RecordAbsenceCommand command);
}
