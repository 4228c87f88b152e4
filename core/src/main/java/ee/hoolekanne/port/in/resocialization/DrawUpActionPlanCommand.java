package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Draws up the resident's action plan for the stage (RES-4).
 *
 * @param caseId the case
 * @param draft the plan
 */
public record DrawUpActionPlanCommand(CaseId caseId, ActionPlanDraft draft) {
    /** Every part is required. */
    public DrawUpActionPlanCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(draft, "draft");
    }
}
