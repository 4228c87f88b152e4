package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import java.util.Objects;

/**
 * The command of {@link SignContractUseCase}: records the signed contract (TSM-12, TSM-13).
 *
 * @param caseId the case
 * @param contract the contract
 */
public record SignContractCommand(CaseId caseId, ServiceContract contract) {
    /** Every part is required. */
    public SignContractCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contract, "contract");
    }
}
