package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Charges the bed-place fee for a month (TSM-4, X-2).
 */
public interface ChargeFeeUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case; Left AlreadyCharged, NotChargeable, NothingToCharge, NoSubsistenceLevel
     */
    Either<SocialHousingError, Application> chargeFee(ChargeFeeCommand command);
}
