package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Evaluates a goal of the resident's action plan (RES-4).
 *
 * @param caseId the case
 * @param goalId the goal
 * @param evaluation the evaluation
 */
public record EvaluateGoalCommand(CaseId caseId, String goalId, Evaluation evaluation) {
    /** Every part is required. */
    public EvaluateGoalCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
