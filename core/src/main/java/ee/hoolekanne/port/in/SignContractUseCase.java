package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
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
    Either<SocialHousingError, Application> signContract(SignContractCommand command);
}
