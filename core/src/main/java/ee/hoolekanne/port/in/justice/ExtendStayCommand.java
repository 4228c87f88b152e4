package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;

import java.util.Objects;

/**
 * Extends a stay by the provider's decision before it ends (JUS-5).
 *
 * @param caseId the case
 * @param decision the extension decision
 */
public record ExtendStayCommand(CaseId caseId, Decision decision) {
    /** Every part is required. */
    public ExtendStayCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
    }
}
