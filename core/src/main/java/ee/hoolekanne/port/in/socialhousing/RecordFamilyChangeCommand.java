package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import java.util.Objects;

/**
 * The command of {@link RecordFamilyChangeUseCase}: records a change of family composition (TSM-20 8).
 *
 * @param caseId the case
 * @param change the change
 */
public record RecordFamilyChangeCommand(CaseId caseId, FamilyChange change) {
    /** Every part is required. */
    public RecordFamilyChangeCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(change, "change");
    }
}
