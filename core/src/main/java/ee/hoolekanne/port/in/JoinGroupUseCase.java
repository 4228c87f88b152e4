package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Lets a participant join a group that is open and not full (AHT-7).
 */
public interface JoinGroupUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, CounsellingGroup> join(JoinGroupCommand command);
}
