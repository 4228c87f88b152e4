package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Records the three-party meeting of client, support person and case manager that starts the
 * service (RVK-7).
 */
public interface HoldThreePartyMeetingUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ProtectionReferral> holdMeeting(HoldThreePartyMeetingCommand command);
}
