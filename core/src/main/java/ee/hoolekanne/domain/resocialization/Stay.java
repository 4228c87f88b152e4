package ee.hoolekanne.domain.resocialization;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period a resident lives in one room at one stage, with the children living with them.
 *
 * @param stage    the stage
 * @param room     the room
 * @param children how many of the resident's children live with them
 * @param from     the first day
 * @param until    the last day, none while it lasts
 */
public record Stay(Stage stage, Room room, int children, LocalDate from, Option<LocalDate> until) {
    /** The period runs forward; no negative children. */
    public Stay {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (children < 0 || until.exists(u -> u.isBefore(from))) {
            throw new IllegalArgumentException("a stay runs forward and has no negative children");
        }
    }

    /** This stay ending on {@code lastDay}. */
    public Stay endingOn(LocalDate lastDay) {
        return new Stay(stage, room, children, from, Option.some(lastDay));
    }
}
