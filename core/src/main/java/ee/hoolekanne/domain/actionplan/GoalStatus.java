package ee.hoolekanne.domain.actionplan;

/** Where a goal stands at an evaluation. */
public enum GoalStatus {
    /** Work has not started. */
    NOT_STARTED,
    /** Work is under way. */
    IN_PROGRESS,
    /** The goal is met. */
    ACHIEVED,
    /** The goal was not met. */
    NOT_ACHIEVED
}
