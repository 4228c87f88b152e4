package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Records the support person's report to the local government (AHT-12).
 */
public interface ReportOnYouthUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, YouthSupport> report(ReportOnYouthCommand command);
}
