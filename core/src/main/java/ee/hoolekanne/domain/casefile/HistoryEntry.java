package ee.hoolekanne.domain.casefile;

import ee.hoolekanne.domain.decision.Decision;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's history: when, what happened (a short English note free of personal
 * data), and the decision when it was one.
 *
 * @param on       the date
 * @param what     what happened, e.g. "contract signed"
 * @param decision the decision, when the entry is one
 */
public record HistoryEntry(LocalDate on, String what, Option<Decision> decision) {

    /** All parts are required. */
    public HistoryEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(decision, "decision");
    }

    /** An entry without a decision. */
    public static HistoryEntry of(LocalDate on, String what) {
        return new HistoryEntry(on, what, Option.none());
    }

    /** The entry of {@code decision}, on the day it was made. */
    public static HistoryEntry decided(Decision decision, String what) {
        return new HistoryEntry(decision.madeOn(), what, Option.some(decision));
    }
}
