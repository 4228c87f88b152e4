package ee.hoolekanne.domain.letter;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one letter to a person says, before it is put into words of a language and rendered: the
 * case, the addressee, the letter's number and date, its body (a decision or a notice) and every
 * deadline the person must know, each able to explain itself (CAL-8). Immutable; the addressee's
 * personal code stays out of {@link #toString()}.
 *
 * @param service   the service the case belongs to
 * @param caseId    the case
 * @param addressee the person the letter is addressed to
 * @param number    the letter's number, e.g. the decision's ID
 * @param date      the letter's date
 * @param body      what it says
 * @param deadlines the deadlines the person must know, in date order
 */
public record Letter(CaseKind service, CaseId caseId, PersonalCode addressee, String number, LocalDate date, LetterBody body,
                     List<Deadline> deadlines) {

    /** Every part is required; the deadlines are copied. */
    public Letter {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        deadlines = List.copyOf(deadlines);
        if (number.isBlank()) {
            throw new IllegalArgumentException("a letter has a number");
        }
    }

    /** The kind of letter, e.g. {@code DECISION} or {@code LAPSE}: the template's name for it. */
    public String kind() {
        return body.kind();
    }

    @Override
    public String toString() {
        return "Letter[" + service.key() + "/" + caseId + " " + body.kind() + " " + number + " of " + date + "]";
    }
}
