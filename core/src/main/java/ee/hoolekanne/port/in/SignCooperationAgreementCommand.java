package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;

import java.util.Objects;

/**
 * Records the cooperation agreement of youth and support person (AHT-12).
 *
 * @param id the case
 * @param agreement the agreement
 */
public record SignCooperationAgreementCommand(CaseId id, CooperationAgreement agreement) {
    /** Every part is required. */
    public SignCooperationAgreementCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agreement, "agreement");
    }
}
