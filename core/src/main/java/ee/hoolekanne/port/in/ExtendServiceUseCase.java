package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
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
    Either<SocialHousingError, Application> extendService(ExtendServiceCommand command);
}
