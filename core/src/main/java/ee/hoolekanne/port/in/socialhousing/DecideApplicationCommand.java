package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.Reasons;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link DecideApplicationUseCase}: the committee decides a complete, assessed application: grant (TSM-9), refuse (TSM-10) or wait-list (TSM-11); eligibility (TSM-2) is checked against the population register.
 *
 * @param caseId the case
 * @param decisionId the decision's id
 * @param madeBy the committee
 * @param madeOn the date of the decision
 * @param outcome Grant, Refuse or WaitList
 * @param reasons the facts the decision rests on (HMS-2) and, before a refusal or an end, the
 *                hearing or why none was held (HMS-5)
 */
public record DecideApplicationCommand(CaseId caseId, DecisionId decisionId, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome, Reasons reasons) {
    /** Every part is required. */
    public DecideApplicationCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reasons, "reasons");
    }
}
