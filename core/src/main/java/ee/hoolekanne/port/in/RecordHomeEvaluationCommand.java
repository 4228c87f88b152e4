package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a substitute home's internal evaluation (AHT-8).
 *
 * @param id the home
 * @param on the day
 */
public record RecordHomeEvaluationCommand(CaseId id, LocalDate on) {
    /** Every part is required. */
    public RecordHomeEvaluationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
    }
}
