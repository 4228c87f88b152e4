package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A message to a person about their case.
 *
 * @param caseId    the case
 * @param recipient who is told
 * @param kind      what about
 * @param on        the date
 * @param text      the message, for the recipient (may name the deadline and its basis)
 */
public record Notification(CaseId caseId, PersonalCode recipient, Kind kind, LocalDate on, String text) {

    /** What a notification is about. */
    public enum Kind {
        /** A decision was made in the case. */
        DECISION,
        /** A place freed for an applicant on the waiting list (TSM-11). */
        PLACE_FREED
    }

    /** All parts are required. */
    public Notification {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Notification[" + caseId + ", " + kind + ", " + on + "]";
    }
}
