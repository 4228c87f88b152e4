package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Room;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Moves the resident to the next accommodation stage once the stage's goals are met: from the
 * shelter to a social housing unit, from a social housing unit to a dormitory (RES-4). Independent
 * life is {@link MoveToIndependentLifeCommand}.
 *
 * @param caseId   the case
 * @param decision the decision to move
 * @param role     who decided
 * @param room     the room at the next stage
 * @param children children staying with the resident
 * @param on       the day of the move
 */
public record MoveToNextStageCommand(CaseId caseId, Decision decision, DeciderRole role, Room room, int children, LocalDate on) {
    /** Every part is required. */
    public MoveToNextStageCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(on, "on");
    }
}
