package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationForm;

import java.util.Objects;

/**
 * The command of {@link SupplementApplicationUseCase}: the applicant gives the missing parts of an incomplete application (RES-7); complete, it waits for the decision (RES-8).
 *
 * @param caseId the incomplete case
 * @param form the supplemented application, of the same applicant
 */
public record SupplementApplicationCommand(CaseId caseId, ResocializationForm form) {
    /** Every part is required. */
    public SupplementApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(form, "form");
    }
}
