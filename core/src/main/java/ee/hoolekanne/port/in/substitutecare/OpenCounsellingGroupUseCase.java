package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Opens a counselling or thematic support group under the service's group rules (AHT-7).
 */
public interface OpenCounsellingGroupUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, CounsellingGroup> openCounsellingGroup(OpenCounsellingGroupCommand command);
}
