package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Registers a substitute home from its first internal evaluation or opening (AHT-8).
 */
public interface RegisterSubstituteHomeUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, SubstituteHome> register(RegisterSubstituteHomeCommand command);
}
