package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Reasons;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The command of {@link TerminateServiceUseCase}: the committee ends the service early (TSM-22) or because the goals are met (TSM-23).
 *
 * @param caseId the case
 * @param decisionId the decision's id
 * @param madeBy the committee
 * @param madeOn the date
 * @param grounds one or more grounds: a {@code TerminationGround} of § 13(2)-(3), or a
 *                {@code StatedGround} resting on TSM-22 (the list of § 13(2) is open)
 * @param lastDay the last day of the service
 * @param reasons the facts the decision rests on (HMS-2) and, before a refusal or an end, the
 *                hearing or why none was held (HMS-5)
 */
public record TerminateServiceCommand(CaseId caseId, DecisionId decisionId, DecisionMaker madeBy, LocalDate madeOn, List<Ground> grounds, LocalDate lastDay, Reasons reasons) {
    /** Every part is required. */
    public TerminateServiceCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(lastDay, "lastDay");
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(reasons, "reasons");
    }
}
