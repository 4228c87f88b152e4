package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Lets a participant join a group that is open and not full (AHT-7).
 *
 * @param groupId the group
 * @param participant who joins
 * @param on the day
 */
public record JoinGroupCommand(String groupId, String participant, LocalDate on) {
    /** Every part is required. */
    public JoinGroupCommand {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(on, "on");
    }
}
