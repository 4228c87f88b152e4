package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;

import java.util.Objects;

/**
 * Records the three-party meeting of client, support person and case manager that starts the
 * service (RVK-7).
 *
 * @param caseId  the case
 * @param meeting the meeting
 */
public record HoldThreePartyMeetingCommand(CaseId caseId, ThreePartyMeeting meeting) {
    /** Every part is required. */
    public HoldThreePartyMeetingCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(meeting, "meeting");
    }
}
