package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Charges the bed-place fee for a month (TSM-4, X-2): for each bed place, the month's days of
 * service less what the month was charged before; of a running service, or of an ended one up to
 * its last day (a credit when more was charged).
 */
public interface ChargeFeeUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case; Left Refused(AlreadyCharged, NotChargeable, NothingToCharge, NoSubsistenceLevel), or WrongState
     */
    Either<CaseFailure<SocialHousingError>, Application> chargeFee(ChargeFeeCommand command);
}
