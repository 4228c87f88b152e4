package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Moves a resident of a social housing unit or a dormitory to independent life (RES-5): the goals met and a dwelling found, by decision of the head of the welfare department or their deputy (RES-8). From a social housing unit the dormitory may be skipped.
 *
 * @param caseId the case
 * @param decision the decision to move
 * @param role who decided
 * @param dwellingFound whether a dwelling was found
 * @param on the first day of independent life
 */
public record MoveToIndependentLifeCommand(CaseId caseId, Decision decision, DeciderRole role, boolean dwellingFound, LocalDate on) {
    /** Every part is required. */
    public MoveToIndependentLifeCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(on, "on");
    }
}
