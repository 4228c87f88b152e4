package ee.hoolekanne.port.in.resocialization;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;

import java.util.Objects;

/**
 * The command of {@link LeaveUnprocessedUseCase}: the missing parts were not given within the remedy term, so the application is left unprocessed (HMS-1) by a decision with its facts (HMS-2), by a competent role (HMS-4), with its hearing or the reason why none was held (HMS-5).
 *
 * @param caseId the incomplete case
 * @param decision the decision, an Outcome.LeaveUnprocessed
 */
public record LeaveUnprocessedCommand(CaseId caseId, Decision decision) {
    /** Every part is required. */
    public LeaveUnprocessedCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decision, "decision");
    }
}
