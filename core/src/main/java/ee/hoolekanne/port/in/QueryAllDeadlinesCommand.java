package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link QueryAllDeadlinesUseCase}.
 *
 * @param on                   the date
 * @param lookaheadWorkingDays also what falls due within this many working days (0: due or overdue today)
 */
public record QueryAllDeadlinesCommand(LocalDate on, int lookaheadWorkingDays) {
    /** The date is required; the lookahead is 0..250. */
    public QueryAllDeadlinesCommand {
        Objects.requireNonNull(on, "on");
        if (lookaheadWorkingDays < 0 || lookaheadWorkingDays > 250) {
            throw new IllegalArgumentException("lookaheadWorkingDays is 0..250");
        }
    }
}
