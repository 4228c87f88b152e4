package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Registers a carer family (guardianship, foster or adoptive) for the substitute-care support
 * services (AHT-5).
 */
public interface RegisterCarerFamilyUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, FamilyServices> register(RegisterCarerFamilyCommand command);
}
