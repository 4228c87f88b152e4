package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Registers a substitute home from its first internal evaluation or opening (AHT-8).
 */
public interface RegisterSubstituteHomeUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, SubstituteHome> registerSubstituteHome(RegisterSubstituteHomeCommand command);
}
