package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.HouseRuleBreach;
import java.util.Objects;

/**
 * The command of {@link RecordHouseRuleBreachUseCase}: records a breach of the house rules (TSM-19).
 *
 * @param caseId the case
 * @param breach the breach
 */
public record RecordHouseRuleBreachCommand(CaseId caseId, HouseRuleBreach breach) {
    /** Every part is required. */
    public RecordHouseRuleBreachCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(breach, "breach");
    }
}
