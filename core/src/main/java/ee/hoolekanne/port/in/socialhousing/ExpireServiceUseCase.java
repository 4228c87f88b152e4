package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Ends a service whose term has expired (TSM-21).
 */
public interface ExpireServiceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the ended case; Left NotYetExpired
     */
    Either<CaseFailure<SocialHousingError>, Application> expireService(ExpireServiceCommand command);
}
