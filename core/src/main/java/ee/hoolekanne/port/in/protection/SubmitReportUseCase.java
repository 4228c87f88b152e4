package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/** Records the provider's report of activities and progress to the local government of residence (RVK-8). */
public interface SubmitReportUseCase {

    /** The case after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> submitReport(SubmitReportCommand command);
}
