package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Assigns a qualified mentor to a family (AHT-6).
 */
public interface AssignMentorUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, FamilyServices> assignMentor(AssignMentorCommand command);
}
