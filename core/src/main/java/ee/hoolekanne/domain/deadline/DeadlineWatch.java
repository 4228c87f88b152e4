package ee.hoolekanne.domain.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Picks the obligations a caseworker must see on a given morning. */
public final class DeadlineWatch {

    private DeadlineWatch() {
    }

    /**
     * The obligations due on or before {@code horizon} (overdue ones included), earliest due date
     * first, then by case id.
     */
    public static List<Obligation> dueBy(List<Obligation> open, LocalDate horizon) {
        return open.stream()
                .filter(o -> !o.deadline().dueDate().isAfter(horizon))
                .sorted(Comparator.comparing((Obligation o) -> o.deadline().dueDate())
                        .thenComparing(o -> o.caseId().value()))
                .toList();
    }
}
