package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** The command of {@link ReadCaseUseCase}: a caseworker reads a case; the reading is recorded as a use of the personal data of everyone in it (TSM-18). */
public interface ReadCaseUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SocialHousingError>, Application> readCase(ReadCaseCommand command);
}
