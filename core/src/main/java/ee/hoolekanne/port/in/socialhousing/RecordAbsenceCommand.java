package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Absence;
import java.util.Objects;

/**
 * The command of {@link RecordAbsenceUseCase}: records an absence of the recipient (TSM-20, TSM-22 4).
 *
 * @param caseId the case
 * @param absence the absence
 */
public record RecordAbsenceCommand(CaseId caseId, Absence absence) {
    /** Every part is required. */
    public RecordAbsenceCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(absence, "absence");
    }
}
