package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import java.util.Objects;

/**
 * The command of {@link AssessBeforeExpiryUseCase}: records the shelter's assessment one month before the term ends (TSM-24).
 *
 * @param caseId the case
 * @param assessment the assessment
 */
public record AssessBeforeExpiryCommand(CaseId caseId, PreExpiryAssessment assessment) {
    /** Every part is required. */
    public AssessBeforeExpiryCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(assessment, "assessment");
    }
}
