package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the signed contract (TSM-12, TSM-13).
 */
public interface SignContractUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the contracted case; Left MissingSignatories, DeadlinePassed, InvalidDates
     */
    Either<CaseFailure<SocialHousingError>, Application> signContract(SignContractCommand command);
}
