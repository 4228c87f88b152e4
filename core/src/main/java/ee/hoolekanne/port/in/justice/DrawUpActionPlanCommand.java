package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Draws up the resident's action plan towards a permanent job and dwelling (JUS-6).
 *
 * @param caseId the case
 * @param draft the plan
 * @param aimsAtPermanentJob whether it aims at a permanent job
 * @param aimsAtPermanentDwelling whether it aims at a permanent dwelling
 * @param helpedBy the support person who helped, if any
 */
public record DrawUpActionPlanCommand(CaseId caseId, ActionPlanDraft draft, boolean aimsAtPermanentJob,
                                          boolean aimsAtPermanentDwelling, Option<SupportPersonId> helpedBy) {
    /** Every part is required. */
    public DrawUpActionPlanCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(helpedBy, "helpedBy");
    }
}
