package ee.hoolekanne.port.in;

import java.util.Objects;

/**
 * Opens a counselling or thematic support group under the service's group rules (AHT-7).
 *
 * @param groupId the group's id
 * @param thematic a thematic support group (else group counselling)
 */
public record OpenCounsellingGroupCommand(String groupId, boolean thematic) {
    /** Every part is required. */
    public OpenCounsellingGroupCommand {
        Objects.requireNonNull(groupId, "groupId");
    }
}
