package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.CopingAssessment;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;

import java.util.Objects;

/**
 * Records the assessment of the recipient's independent coping on which an early end for goals met rests (TSM-23).
 *
 * @param caseId the case
 * @param assessment the assessment of the three conditions of § 13(3)
 */
public record AssessCopingCommand(CaseId caseId, CopingAssessment assessment) {
    /** Every part is required. */
    public AssessCopingCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(assessment, "assessment");
    }
}
