package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident leaves the pathway before independent life (RES-11): by their own choice, by a decision ending the service, by death, or to another service or a care institution; the stay ends on its last day.
 *
 * @param caseId the case
 * @param exit how the resident leaves
 * @param lastDay the last day of the stay
 */
public record LeavePathwayCommand(CaseId caseId, Exit exit, LocalDate lastDay) {
    /** Every part is required. */
    public LeavePathwayCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
