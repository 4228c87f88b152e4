package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Delivery;
import java.util.Objects;

/**
 * The command of {@link DeliverDecisionUseCase}: records the delivery of a granting decision (TSM-15).
 *
 * @param caseId the case
 * @param delivery method and moment
 */
public record DeliverDecisionCommand(CaseId caseId, Delivery delivery) {
    /** Every part is required. */
    public DeliverDecisionCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(delivery, "delivery");
    }
}
