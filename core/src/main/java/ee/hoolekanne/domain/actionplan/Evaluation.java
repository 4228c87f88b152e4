package ee.hoolekanne.domain.actionplan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One evaluation of a goal: interim or follow-up, its finding, the evidence, who evaluated and
 * when (TSM-17 part 9).
 *
 * @param kind      interim or follow-up
 * @param status    the finding
 * @param evidence  what it rests on
 * @param evaluator who evaluated (a role or office, not a private person's name)
 * @param date      when
 */
public record Evaluation(Kind kind, GoalStatus status, String evidence, String evaluator, LocalDate date) {

    /** Interim (vahehindamine) or follow-up (järelhindamine). */
    public enum Kind {
        /** During the plan. */
        INTERIM,
        /** After the plan. */
        FOLLOW_UP
    }

    /** All parts are required. */
    public Evaluation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public String toString() {
        return "Evaluation[" + kind + ", " + status + ", " + date + "]";
    }
}
