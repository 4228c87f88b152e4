package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
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
    Either<CaseFailure<SocialHousingError>, Application> recordAbsence(RecordAbsenceCommand command);
}
