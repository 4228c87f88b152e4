package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.casefile.HistoryEntry;
import ee.hoolekanne.domain.decision.Decision;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's append-only history: what happened, when, and the decision if it was
 * one. The detail is free of personal data.
 *
 * @param on       the date
 * @param kind     what happened
 * @param decision the decision, for {@link Kind#DECIDED}
 * @param detail   a short non-personal note (e.g. a rule ID, a month, an amount)
 */
public record CaseEvent(LocalDate on, Kind kind, Option<Decision> decision, String detail) {

    /** What happened. */
    public enum Kind {
        /** Submitted (TSM-6). */
        SUBMITTED,
        /** Missing parts supplied (TSM-6). */
        SUPPLEMENTED,
        /** A term to remedy the incomplete application was set (HMS-1). */
        REMEDY_TERM_SET,
        /** Assessed by the specialist (TSM-7). */
        ASSESSED,
        /** A decision was made. */
        DECIDED,
        /** The decision was delivered (TSM-13, TSM-15). */
        DELIVERED,
        /** The contract was signed (TSM-12). */
        CONTRACT_SIGNED,
        /** Use of the service started (TSM-14). */
        USE_STARTED,
        /** The decision became invalid (TSM-13 .. TSM-15). */
        LAPSED,
        /** The action plan was drawn up (TSM-16). */
        ACTION_PLAN_DRAWN_UP,
        /** A goal was evaluated (TSM-17). */
        GOAL_EVALUATED,
        /** An absence was recorded (TSM-20). */
        ABSENCE_RECORDED,
        /** A family change was recorded (TSM-20). */
        FAMILY_CHANGE_RECORDED,
        /** A house-rule breach was recorded (TSM-19). */
        HOUSE_RULE_BREACH_RECORDED,
        /** A fee or ancillary costs were charged (TSM-4, TSM-5). */
        CHARGED,
        /** A payment was recorded. */
        PAID,
        /** The pre-expiry assessment was made (TSM-24). */
        PRE_EXPIRY_ASSESSED,
        /** The service was extended (TSM-25). */
        EXTENDED,
        /** The service ended (TSM-21 .. TSM-23). */
        ENDED,
        /** The recipient's independent coping was assessed (TSM-23). */
        COPING_ASSESSED
    }

    /** All parts are required. */
    public CaseEvent {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(detail, "detail");
    }

    /** An event without a decision. */
    public static CaseEvent of(LocalDate on, Kind kind, String detail) {
        return new CaseEvent(on, kind, Option.none(), detail);
    }

    /** This event as an entry of the case kernel's history, e.g. "contract signed (TSM-12)". */
    public HistoryEntry asHistoryEntry() {
        String what = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new HistoryEntry(on, detail.isEmpty() ? what : what + " (" + detail + ")", decision);
    }

    /** The event of a decision. */
    public static CaseEvent decided(Decision decision) {
        return new CaseEvent(decision.madeOn(), Kind.DECIDED, Option.some(decision),
                decision.outcome().getClass().getSimpleName());
    }
}
