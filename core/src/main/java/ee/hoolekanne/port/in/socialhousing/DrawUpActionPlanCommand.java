package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.casefile.CaseId;
import java.util.Objects;

/**
 * The command of {@link DrawUpActionPlanUseCase}: draws up the action plan (TSM-16, TSM-17); every missing part is reported at once.
 *
 * @param caseId the case
 * @param draft the plan as drawn up
 */
public record DrawUpActionPlanCommand(CaseId caseId, ActionPlanDraft draft) {
    /** Every part is required. */
    public DrawUpActionPlanCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(draft, "draft");
    }
}
