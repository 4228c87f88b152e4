package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.EndReason;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ends the support-person service (RVK-4, RVK-10) with its reason.
 *
 * @param caseId       the case
 * @param reason       why it ends
 * @param statedReason the reason in words, when the reason is OTHER
 * @param on           the last day
 */
public record EndReferralCommand(CaseId caseId, EndReason reason, Option<String> statedReason, LocalDate on) {
    /** Every part is required. */
    public EndReferralCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(statedReason, "statedReason");
        Objects.requireNonNull(on, "on");
    }
}
