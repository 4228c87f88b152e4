package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Passes the case to the provider serving the youth's county on the day (AHT-4, AHT-11).
 */
public interface PassYouthToProviderUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, YouthSupport> passToProvider(PassYouthToProviderCommand command);
}
