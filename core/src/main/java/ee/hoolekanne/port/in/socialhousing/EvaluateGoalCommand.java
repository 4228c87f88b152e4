package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.casefile.CaseId;
import java.util.Objects;

/**
 * The command of {@link EvaluateGoalUseCase}: records an interim or follow-up evaluation of a goal (TSM-17 9).
 *
 * @param caseId the case
 * @param goalId the goal or sub-goal
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
