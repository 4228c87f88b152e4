package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Ends the support-person service of a youth (AHT-13) with its reason.
 */
public interface EndYouthSupportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, YouthSupport> end(EndYouthSupportCommand command);
}
