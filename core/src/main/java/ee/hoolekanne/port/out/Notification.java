package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A message to a person about their case.
 *
 * @param key       the idempotency key: the same for every delivery attempt of this message and
 *                  unique among messages, so a receiver can drop a duplicate (delivery is at least
 *                  once); free of personal data, e.g. {@code social-housing/2025-SH-101/decision/K-2025-77}
 * @param caseId    the case
 * @param recipient who is told
 * @param kind      what about
 * @param on        the date
 * @param text      the message, for the recipient (may name the deadline and its basis)
 */
public record Notification(String key, CaseId caseId, PersonalCode recipient, Kind kind, LocalDate on, String text) {

    /** What a notification is about. */
    public enum Kind {
        /** A decision was made in the case. */
        DECISION,
        /** A place freed for an applicant on the waiting list (TSM-11). */
        PLACE_FREED
    }

    /** All parts are required; the key is not blank. */
    public Notification {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a notification has a key");
        }
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Notification[" + key + ", " + kind + ", " + on + "]";
    }
}
