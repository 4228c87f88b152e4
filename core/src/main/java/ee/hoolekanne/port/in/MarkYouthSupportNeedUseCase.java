package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Marks that a youth leaving substitute care or guardianship needs a support person (AHT-9):
 * opens the case.
 */
public interface MarkYouthSupportNeedUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, YouthSupport> markNeed(MarkYouthSupportNeedCommand command);
}
