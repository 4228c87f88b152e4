package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.socialhousing.ExtensionRequest;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link ExtendServiceUseCase}: the committee extends the service for a new term (TSM-25).
 *
 * @param caseId the case
 * @param decisionId the decision's id
 * @param madeBy the committee
 * @param madeOn the date
 * @param newServiceEnd the new term's last day
 * @param request the opinion, application and proposal
 * @param reasons the facts the decision rests on (HMS-2) and, before a refusal or an end, the
 *                hearing or why none was held (HMS-5)
 */
public record ExtendServiceCommand(CaseId caseId, DecisionId decisionId, DecisionMaker madeBy, LocalDate madeOn, LocalDate newServiceEnd, ExtensionRequest request, Reasons reasons) {
    /** Every part is required. */
    public ExtendServiceCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(newServiceEnd, "newServiceEnd");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reasons, "reasons");
    }
}
