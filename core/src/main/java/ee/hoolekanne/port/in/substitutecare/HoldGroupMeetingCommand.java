package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a group meeting of the allowed length (AHT-7).
 *
 * @param caseId  the group
 * @param on the day
 * @param academicHours how long, in academic hours
 */
public record HoldGroupMeetingCommand(CaseId caseId, LocalDate on, int academicHours) {
    /** Every part is required. */
    public HoldGroupMeetingCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
