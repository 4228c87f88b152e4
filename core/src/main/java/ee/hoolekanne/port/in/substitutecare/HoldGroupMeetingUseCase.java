package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a group meeting of the allowed length (AHT-7).
 */
public interface HoldGroupMeetingUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, CounsellingGroup> holdGroupMeeting(HoldGroupMeetingCommand command);
}
