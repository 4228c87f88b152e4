package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.casefile.CaseId;

import java.util.Objects;

/**
 * Draws up the resident's action plan for the stage (RES-4).
 *
 * @param id the case
 * @param draft the plan
 */
public record DrawUpResocializationPlanCommand(CaseId id, ActionPlanDraft draft) {
    /** Every part is required. */
    public DrawUpResocializationPlanCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
    }
}
