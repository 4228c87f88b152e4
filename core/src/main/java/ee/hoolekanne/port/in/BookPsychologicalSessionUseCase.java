package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Books an individual psychological counselling session for a family, within the family's
 * quota (AHT-5).
 */
public interface BookPsychologicalSessionUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, FamilyServices> bookSession(BookPsychologicalSessionCommand command);
}
