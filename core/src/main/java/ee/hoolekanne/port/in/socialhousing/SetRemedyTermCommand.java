package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link SetRemedyTermUseCase}: the official sets the term within which an incomplete application's defects are to be remedied (HMS-1, HMS § 15(2); TSM-6). The term is an open obligation of the case, on the morning list.
 *
 * @param caseId the incomplete case
 * @param term the term, e.g. 10 working days
 * @param setOn the day the official set it and told the applicant; the term counts from the next day (CAL-4)
 */
public record SetRemedyTermCommand(CaseId caseId, Term term, LocalDate setOn) {
    /** Every part is required. */
    public SetRemedyTermCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(setOn, "setOn");
    }
}
