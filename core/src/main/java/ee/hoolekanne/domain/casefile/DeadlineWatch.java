package ee.hoolekanne.domain.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Picks the obligations a caseworker must see on a given morning, in the order they are shown. */
public final class DeadlineWatch {

    /** Earliest due date first, then by kind of case, case id, duty and reference. */
    public static final Comparator<Obligation> ORDER = Comparator.comparing((Obligation o) -> o.deadline().dueDate())
            .thenComparing(Obligation::kind).thenComparing(o -> o.caseId().value()).thenComparing(Obligation::duty)
            .thenComparing(o -> o.reference().getOrElse(""));

    private DeadlineWatch() {
    }

    /** The obligations due on or before {@code horizon} (overdue ones included), in {@link #ORDER}. */
    public static List<Obligation> dueBy(List<Obligation> open, LocalDate horizon) {
        return open.stream().filter(o -> !o.deadline().dueDate().isAfter(horizon)).sorted(ORDER).toList();
    }
}
