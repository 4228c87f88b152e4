package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Registers a carer family (guardianship, foster or adoptive) for the substitute-care support
 * services (AHT-5).
 */
public interface RegisterCarerFamilyUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, FamilyServices> registerCarerFamily(RegisterCarerFamilyCommand command);
}
