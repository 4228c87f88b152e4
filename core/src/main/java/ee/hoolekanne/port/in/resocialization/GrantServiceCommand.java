package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Room;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Grants the service, placing the applicant at the stage their assessed needs fit (RES-3,
 * RES-8).
 *
 * @param caseId the case
 * @param decision the decision
 * @param role who decided
 * @param needs the assessed needs
 * @param room the room
 * @param children children staying with the resident
 * @param from the first day
 */
public record GrantServiceCommand(CaseId caseId, Decision decision, DeciderRole role, AssessedNeeds needs, Room room,
                                          int children, LocalDate from) {
    /** Every part is required. */
    public GrantServiceCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(from, "from");
    }
}
