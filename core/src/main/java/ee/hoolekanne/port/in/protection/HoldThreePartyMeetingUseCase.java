package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records the three-party meeting of client, support person and case manager that starts the
 * service (RVK-7).
 */
public interface HoldThreePartyMeetingUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<CaseFailure<SupportServiceError>, ProtectionReferral> holdThreePartyMeeting(HoldThreePartyMeetingCommand command);
}
