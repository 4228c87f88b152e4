package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * The committee extends the service for a new term (TSM-25).
 */
public interface ExtendServiceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case with its new term; Left ExtensionNotJustified or Stock
     */
    Either<CaseFailure<SocialHousingError>, Application> extendService(ExtendServiceCommand command);
}
