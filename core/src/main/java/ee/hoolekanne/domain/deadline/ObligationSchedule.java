package ee.hoolekanne.domain.deadline;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;

/**
 * How a service computes a case's open obligations: the case's own dates with the service's
 * calendar and rules. A repository that indexes deadlines (the JDBC adapter does) stores each
 * case's {@link #nextDue next due date} when it saves the case, so the morning's deadline watch
 * reads only the cases that have something due instead of every open case.
 *
 * <p>Implementations are values ({@code equals} by calendar and rules): a repository uses its
 * index only for the schedule it indexed with, and answers any other schedule by reading every
 * open case, so a mismatch is slow but never wrong.
 *
 * @param <T> the case type
 */
@FunctionalInterface
public interface ObligationSchedule<T> {

    /** The case's open obligations, each with its deadline and legal basis; empty when nothing is open. */
    List<Obligation> openObligations(T aCase);

    /** The earliest due date of the case's open obligations; none when nothing is open. */
    default Option<LocalDate> nextDue(T aCase) {
        LocalDate earliest = null;
        for (Obligation o : openObligations(aCase)) {
            LocalDate due = o.deadline().dueDate();
            if (earliest == null || due.isBefore(earliest)) {
                earliest = due;
            }
        }
        return Option.of(earliest);
    }

    /** The cases of {@code cases} with an obligation due on or before {@code horizon}, in their order. */
    default List<T> dueBy(List<T> cases, LocalDate horizon) {
        return cases.stream().filter(c -> nextDue(c).exists(due -> !due.isAfter(horizon))).toList();
    }
}
