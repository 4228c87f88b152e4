package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision's outcome as the columns every decision table shares: its kind, the unit, a date (a
 * service end, a last day), a text (a service, a stage) and the grounds; null where the outcome
 * has no such part.
 */
record OutcomeColumns(String kind, String unit, LocalDate date, String text, List<Ground> grounds) {

    /** The columns of {@code outcome}. */
    static OutcomeColumns of(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Grant g -> new OutcomeColumns("GRANT", g.units().get(0).value(), g.serviceEnd(), null, List.of());
            case Outcome.Refuse r -> new OutcomeColumns("REFUSE", null, null, null, List.<Ground>copyOf(r.grounds()));
            case Outcome.WaitList w -> new OutcomeColumns("WAIT_LIST", null, null, null, List.of());
            case Outcome.Terminate t -> new OutcomeColumns("TERMINATE", null, t.lastDay(), null, List.<Ground>copyOf(t.grounds()));
            case Outcome.Extend e -> new OutcomeColumns("EXTEND", null, e.newServiceEnd(), null, List.of());
            case Outcome.Refer r -> new OutcomeColumns("REFER", null, null, r.service(), List.of());
            case Outcome.MoveStage m -> new OutcomeColumns("MOVE_STAGE", null, null, m.to(), List.of());
            case Outcome.GrantService g -> new OutcomeColumns("GRANT_SERVICE", null, null, g.service(), List.of());
            case Outcome.LeaveUnprocessed l -> new OutcomeColumns("LEAVE_UNPROCESSED", null, l.remedyDue(), null, List.of());
        };
    }
}
