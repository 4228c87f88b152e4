package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Evaluates a goal of the resident's action plan (RES-4).
 *
 * @param id the case
 * @param goalId the goal
 * @param evaluation the evaluation
 */
public record EvaluateResocializationGoalCommand(CaseId id, String goalId, Evaluation evaluation) {
    /** Every part is required. */
    public EvaluateResocializationGoalCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
