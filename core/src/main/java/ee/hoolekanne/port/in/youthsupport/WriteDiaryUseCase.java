package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Adds an entry to the client diary that the support person and the youth keep together (AHT-12). */
public interface WriteDiaryUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, YouthSupport> writeDiary(WriteDiaryCommand command);
}
