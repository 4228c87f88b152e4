package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ChangeNotice;

import java.util.Objects;

/**
 * Records the support person's notice to the local government of a change in the client's situation or behaviour, worse or better (RVK-7).
 *
 * @param caseId the referral
 * @param notice the notice
 */
public record NotifyChangeCommand(CaseId caseId, ChangeNotice notice) {
    /** Every part is required. */
    public NotifyChangeCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(notice, "notice");
    }
}
