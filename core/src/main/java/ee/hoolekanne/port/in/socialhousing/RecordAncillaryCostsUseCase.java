package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a separate dwelling's ancillary costs for a month at actual cost (TSM-5).
 */
public interface RecordAncillaryCostsUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case; Left NotChargeable or AlreadyCharged
     */
    Either<CaseFailure<SocialHousingError>, Application> recordAncillaryCosts(RecordAncillaryCostsCommand command);
}
