package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Lets a participant join a group that is open and not full (AHT-7).
 *
 * @param caseId  the group
 * @param participant who joins
 * @param on the day
 */
public record JoinGroupCommand(CaseId caseId, String participant, LocalDate on) {
    /** Every part is required. */
    public JoinGroupCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(on, "on");
    }
}
