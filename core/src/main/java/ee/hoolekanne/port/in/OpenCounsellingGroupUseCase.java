package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Opens a counselling or thematic support group under the service's group rules (AHT-7).
 */
public interface OpenCounsellingGroupUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, CounsellingGroup> open(OpenCounsellingGroupCommand command);
}
