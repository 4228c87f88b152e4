package ee.hoolekanne.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link QueryDeadlinesUseCase}: every obligation due or overdue across all active cases on a date, each with its deadline, legal basis and explanation.
 *
 * @param on the date
 * @param lookaheadWorkingDays also include what falls due within this many working days (0: due or overdue today)
 */
public record QueryDeadlinesCommand(LocalDate on, int lookaheadWorkingDays) {
    /** Every part is required. */
    public QueryDeadlinesCommand {
        Objects.requireNonNull(on, "on");
        if (lookaheadWorkingDays < 0 || lookaheadWorkingDays > 250) {
            throw new IllegalArgumentException("lookaheadWorkingDays is 0..250");
        }
    }
}
