package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Lets people join a group that is open and has room for all of them (AHT-7).
 */
public interface JoinGroupUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, CounsellingGroup> joinGroup(JoinGroupCommand command);
}
