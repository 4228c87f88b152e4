package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;

import java.util.Objects;

/**
 * Refuses the service (RES-8).
 *
 * @param id the case
 * @param decision the decision
 * @param role who decided
 */
public record RefuseResocializationCommand(CaseId id, Decision decision, DeciderRole role) {
    /** Every part is required. */
    public RefuseResocializationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
    }
}
