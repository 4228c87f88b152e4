package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.law.Rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * HMS-1 (HMS § 15(2)): the term an official set for remedying an incomplete application's
 * defects. Until it passes the application waits; after it, the authority may leave the
 * application unprocessed by a decision.
 *
 * @param setOn the day the term was set and the applicant told; it counts from the next day (CAL-4)
 * @param term  the term, e.g. {@code Term.workingDays(10)}
 */
public record RemedyTerm(LocalDate setOn, Term term) {

    /** Both parts are required; the term counts forward. */
    public RemedyTerm {
        Objects.requireNonNull(setOn, "setOn");
        Objects.requireNonNull(term, "term");
        if (term.isBackward()) {
            throw new IllegalArgumentException("a remedy term counts forward");
        }
    }

    /** The deadline, computed and explained by {@code calendar} (CAL-4 .. CAL-8). */
    public Deadline deadline(EstonianCalendar calendar) {
        return calendar.deadline(setOn, term, LegalBasis.of(Rule.HMS_1, "HMS § 15(2)"), "term set to remedy the application");
    }
}
