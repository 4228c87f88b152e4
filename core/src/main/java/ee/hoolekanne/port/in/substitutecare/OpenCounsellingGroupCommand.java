package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import java.util.Objects;

/**
 * Opens a counselling or thematic support group under the service's group rules (AHT-7).
 *
 * @param caseId  the group's id
 * @param thematic a thematic support group (else group counselling)
 */
public record OpenCounsellingGroupCommand(CaseId caseId, boolean thematic) {
    /** Every part is required. */
    public OpenCounsellingGroupCommand {
        Objects.requireNonNull(caseId, "caseId");
    }
}
