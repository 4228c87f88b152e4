package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the caseworker's morning list on {@code on}: every obligation of every service due by
 * {@code lookaheadWorkingDays} working days after it, overdue ones included.
 *
 * @param on                   the day of the list
 * @param lookaheadWorkingDays how far ahead to look, in working days; 0 for what is due today or overdue
 */
public record QueryDeadlinesCommand(LocalDate on, int lookaheadWorkingDays) {
    /** The day is required; the lookahead is not negative. */
    public QueryDeadlinesCommand {
        Objects.requireNonNull(on, "on");
        if (lookaheadWorkingDays < 0) {
            throw new IllegalArgumentException("the lookahead is not negative");
        }
    }
}
