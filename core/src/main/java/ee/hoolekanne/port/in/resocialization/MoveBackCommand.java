package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.Room;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Moves a resident back to an earlier stage when the need grows, by a decision (RES-11, RES-8).
 *
 * @param caseId the case
 * @param decision the decision, a move to the earlier stage
 * @param role who decided
 * @param room the room at the earlier stage
 * @param children the children living with the resident
 * @param on the first day at the earlier stage
 */
public record MoveBackCommand(CaseId caseId, Decision decision, DeciderRole role, Room room, int children, LocalDate on) {
    /** Every part is required. */
    public MoveBackCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(on, "on");
    }
}
