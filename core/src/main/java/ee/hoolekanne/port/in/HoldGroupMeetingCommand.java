package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a group meeting of the allowed length (AHT-7).
 *
 * @param groupId the group
 * @param on the day
 * @param academicHours how long, in academic hours
 */
public record HoldGroupMeetingCommand(String groupId, LocalDate on, int academicHours) {
    /** Every part is required. */
    public HoldGroupMeetingCommand {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(on, "on");
    }
}
