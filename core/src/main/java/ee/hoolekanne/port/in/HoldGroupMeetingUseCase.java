package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Records a group meeting of the allowed length (AHT-7).
 */
public interface HoldGroupMeetingUseCase {

    /** The result of the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, CounsellingGroup> holdMeeting(HoldGroupMeetingCommand command);
}
