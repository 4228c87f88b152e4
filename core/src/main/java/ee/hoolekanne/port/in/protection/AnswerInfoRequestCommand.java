package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the provider's answer to an information request of the local government (RVK-6).
 *
 * @param caseId the referral
 * @param number the request's number, from 1
 * @param on the day of the answer
 */
public record AnswerInfoRequestCommand(CaseId caseId, int number, LocalDate on) {
    /** Every part is required. */
    public AnswerInfoRequestCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
