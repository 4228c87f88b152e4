package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;

import java.util.Objects;

/**
 * Records the three-party meeting of client, support person and case manager that starts the
 * service (RVK-7).
 *
 * @param id      the case
 * @param meeting the meeting
 */
public record HoldThreePartyMeetingCommand(CaseId id, ThreePartyMeeting meeting) {
    /** Every part is required. */
    public HoldThreePartyMeetingCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meeting, "meeting");
    }
}
