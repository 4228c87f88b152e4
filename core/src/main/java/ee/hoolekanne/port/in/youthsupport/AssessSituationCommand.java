package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the assessment of the youth's situation after a year of cooperation (AHT-12): the service continues for another year, or ends that day.
 *
 * @param caseId the case
 * @param on the day of the assessment
 * @param continues whether the service continues
 */
public record AssessSituationCommand(CaseId caseId, LocalDate on, boolean continues) {
    /** Every part is required. */
    public AssessSituationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
