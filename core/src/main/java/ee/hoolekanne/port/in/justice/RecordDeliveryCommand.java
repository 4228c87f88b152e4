package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.supportperson.SupportServiceError;

import java.util.Objects;

/**
 * The command of {@link RecordDeliveryUseCase}: an extension decision of the stay was notified to the person (HMS-6); the terms that run from notification (a challenge, HMS-3) run from its date.
 *
 * @param caseId the stay
 * @param decisionId the decision notified
 * @param delivery how and when
 */
public record RecordDeliveryCommand(CaseId caseId, DecisionId decisionId, Delivery delivery) {
    /** Every part is required. */
    public RecordDeliveryCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(delivery, "delivery");
    }
}
