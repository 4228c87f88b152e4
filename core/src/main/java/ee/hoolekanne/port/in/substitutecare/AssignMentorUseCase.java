package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Assigns a qualified mentor to a family (AHT-6).
 */
public interface AssignMentorUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, FamilyServices> assignMentor(AssignMentorCommand command);
}
