package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
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
    Either<CaseFailure<SocialHousingError>, Application> chargeFee(ChargeFeeCommand command);
}
