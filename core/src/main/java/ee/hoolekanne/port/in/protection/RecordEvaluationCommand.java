package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Records an interim evaluation of the case plan that the provider took part in (RVK-8).
 *
 * @param caseId the referral
 * @param evaluation the evaluation
 */
public record RecordEvaluationCommand(CaseId caseId, Evaluation evaluation) {
    /** Every part is required. */
    public RecordEvaluationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
