package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Assessment;
import java.util.Objects;

/**
 * The command of {@link AssessApplicationUseCase}: records the specialist's assessment and proposal (TSM-7).
 *
 * @param caseId the case
 * @param assessment the assessment
 */
public record AssessApplicationCommand(CaseId caseId, Assessment assessment) {
    /** Every part is required. */
    public AssessApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(assessment, "assessment");
    }
}
