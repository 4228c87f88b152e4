package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends a referral that has reached its maximum length (RVK-4): the service ends on its last day.
 *
 * @param caseId the referral
 * @param today the day the expiry is recorded, after the last day
 */
public record ExpireReferralCommand(CaseId caseId, LocalDate today) {
    /** Every part is required. */
    public ExpireReferralCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(today, "today");
    }
}
