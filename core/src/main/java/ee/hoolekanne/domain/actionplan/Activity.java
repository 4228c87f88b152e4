package ee.hoolekanne.domain.actionplan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is done towards a goal, when, and by whom (TSM-17 part 7).
 *
 * @param description what is done
 * @param from        first day
 * @param until       last day, not before {@code from}
 * @param doneBy      who does it (the recipient, the shelter, a named specialist role)
 */
public record Activity(String description, LocalDate from, LocalDate until, String doneBy) {
    /** All parts are required and non-blank; the timetable runs forward. */
    public Activity {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(doneBy, "doneBy");
        if (description.isBlank() || doneBy.isBlank()) {
            throw new IllegalArgumentException("an activity says what is done and by whom");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an activity's timetable ends before it starts");
        }
    }

    @Override
    public String toString() {
        return "Activity[" + from + ".." + until + "]";
    }
}
