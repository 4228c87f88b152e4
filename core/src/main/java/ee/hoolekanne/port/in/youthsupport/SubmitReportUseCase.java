package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the support person's report to the local government (AHT-12).
 */
public interface SubmitReportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, YouthSupport> submitReport(SubmitReportCommand command);
}
