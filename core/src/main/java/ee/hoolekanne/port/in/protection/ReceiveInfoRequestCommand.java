package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records an information request of the local government to the provider (RVK-6): the provider answers within 5 working days.
 *
 * @param caseId the referral
 * @param on the day the provider received the request
 */
public record ReceiveInfoRequestCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public ReceiveInfoRequestCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
