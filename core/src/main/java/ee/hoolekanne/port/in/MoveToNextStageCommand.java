package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Room;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Moves the resident to the next stage once the stage's goals are met: shelter to social
 * housing unit to dormitory (RES-4), dormitory to independent life with a dwelling found
 * (RES-5).
 *
 * @param id the case
 * @param decision the decision
 * @param role who decided
 * @param room the room at the next stage (none for independent life)
 * @param children children staying with the resident
 * @param dwellingFound for independent life: whether a dwelling was found
 * @param on the day of the move
 */
public record MoveToNextStageCommand(CaseId id, Decision decision, DeciderRole role, Option<Room> room, int children,
                                     boolean dwellingFound, LocalDate on) {
    /** Every part is required. */
    public MoveToNextStageCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(on, "on");
    }
}
