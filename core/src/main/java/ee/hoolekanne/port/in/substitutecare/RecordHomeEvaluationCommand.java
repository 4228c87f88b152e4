package ee.hoolekanne.port.in.substitutecare;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a substitute home's internal evaluation (AHT-8).
 *
 * @param caseId the home
 * @param on the day
 */
public record RecordHomeEvaluationCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public RecordHomeEvaluationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
