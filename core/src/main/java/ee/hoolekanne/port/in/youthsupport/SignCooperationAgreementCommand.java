package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;

import java.util.Objects;

/**
 * Records the cooperation agreement of youth and support person (AHT-12).
 *
 * @param caseId the case
 * @param agreement the agreement
 */
public record SignCooperationAgreementCommand(CaseId caseId, CooperationAgreement agreement) {
    /** Every part is required. */
    public SignCooperationAgreementCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(agreement, "agreement");
    }
}
