package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link SubmitApplicationUseCase}: submits an application (TSM-6): complete, or incomplete with every missing part listed.
 *
 * @param caseId the new case's id
 * @param form what was submitted
 * @param submittedOn the date of submission
 */
public record SubmitApplicationCommand(CaseId caseId, ApplicationForm form, LocalDate submittedOn) {
    /** Every part is required. */
    public SubmitApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }
}
