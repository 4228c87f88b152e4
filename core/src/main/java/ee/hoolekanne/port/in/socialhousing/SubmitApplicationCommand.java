package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link SubmitApplicationUseCase}: submits an application (TSM-6): complete, or incomplete with every missing part listed.
 *
 * @param caseId the new case's id
 * @param form what was submitted
 * @param submittedOn the date of submission
 * @param filedAt the area centre where the adult applied (TSM-6: the centre of their residence,
 *                checked when the settings give the city's area centres); none when not recorded
 */
public record SubmitApplicationCommand(CaseId caseId, ApplicationForm form, LocalDate submittedOn, Option<String> filedAt) {
    /** Every part is required. */
    public SubmitApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(filedAt, "filedAt");
    }

    /** An application whose place of filing is not recorded. */
    public SubmitApplicationCommand(CaseId caseId, ApplicationForm form, LocalDate submittedOn) {
        this(caseId, form, submittedOn, Option.none());
    }

    /** An application filed at the area centre {@code filedAt} (TSM-6). */
    public SubmitApplicationCommand(CaseId caseId, ApplicationForm form, LocalDate submittedOn, String filedAt) {
        this(caseId, form, submittedOn, Option.some(filedAt));
    }
}
