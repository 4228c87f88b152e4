package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;

import java.util.Objects;

/**
 * Refuses the service (RES-8).
 *
 * @param caseId the case
 * @param decision the decision
 * @param role who decided
 */
public record RefuseApplicationCommand(CaseId caseId, Decision decision, DeciderRole role) {
    /** Every part is required. */
    public RefuseApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
    }
}
