package ee.hoolekanne.domain.justice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact the support person mediated or guided (JUS-2). The note is personal data.
 *
 * @param on    the date
 * @param party with whom
 * @param note  what about
 */
public record Contact(LocalDate on, Party party, String note) {

    /** Whom a released prisoner is put in touch with (JUS-2). */
    public enum Party {
        /** A state authority. */
        STATE_AUTHORITY,
        /** A local government. */
        LOCAL_GOVERNMENT,
        /** An employer. */
        EMPLOYER,
        /** Family. */
        FAMILY
    }

    /** Every part is required. */
    public Contact {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return "Contact[" + on + ", " + party + "]";
    }
}
