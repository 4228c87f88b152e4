package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Payment;
import java.util.Objects;

/**
 * The command of {@link RecordPaymentUseCase}: records a payment by the recipient.
 *
 * @param caseId the case
 * @param payment the payment
 */
public record RecordPaymentCommand(CaseId caseId, Payment payment) {
    /** Every part is required. */
    public RecordPaymentCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(payment, "payment");
    }
}
