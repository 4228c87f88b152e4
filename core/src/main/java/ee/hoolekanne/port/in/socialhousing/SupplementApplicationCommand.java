package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link SupplementApplicationUseCase}: replaces an incomplete application's form with a supplemented one (TSM-6).
 *
 * @param caseId the case
 * @param form the supplemented form
 * @param on the date
 */
public record SupplementApplicationCommand(CaseId caseId, ApplicationForm form, LocalDate on) {
    /** Every part is required. */
    public SupplementApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(on, "on");
    }
}
