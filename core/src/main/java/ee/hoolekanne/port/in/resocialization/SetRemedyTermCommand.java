package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link SetRemedyTermUseCase}: the official sets the term within which an incomplete application's missing parts are to be given (HMS-1, RES-7); the term is an obligation on the morning list.
 *
 * @param caseId the incomplete case
 * @param term the term, e.g. 10 working days
 * @param setOn the day it was set and the applicant told; it counts from the next day (CAL-4)
 */
public record SetRemedyTermCommand(CaseId caseId, Term term, LocalDate setOn) {
    /** Every part is required. */
    public SetRemedyTermCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(setOn, "setOn");
    }
}
