package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link LeaveUnprocessedUseCase}: the application's defects were not remedied within the remedy term, so the authority leaves it unprocessed (HMS-1) — a decision with its facts (HMS-2), by a competent role (HMS-4), after a hearing or with the reason why none was held (HMS-5).
 *
 * @param caseId the incomplete case
 * @param decisionId the decision's id
 * @param madeBy who decides
 * @param madeOn the date of the decision, after the remedy term
 * @param reasons the facts and the hearing
 */
public record LeaveUnprocessedCommand(CaseId caseId, DecisionId decisionId, DecisionMaker madeBy, LocalDate madeOn, Reasons reasons) {
    /** Every part is required. */
    public LeaveUnprocessedCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(reasons, "reasons");
    }
}
