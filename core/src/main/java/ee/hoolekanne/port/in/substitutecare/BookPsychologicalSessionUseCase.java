package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Books an individual psychological counselling session for a family, within the family's
 * quota (AHT-5).
 */
public interface BookPsychologicalSessionUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, FamilyServices> bookPsychologicalSession(BookPsychologicalSessionCommand command);
}
