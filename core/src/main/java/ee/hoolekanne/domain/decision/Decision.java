package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.calendar.LegalBasis;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision, an administrative act: who made it, when, what it decides, on which legal
 * basis and facts (HMS-2), after which hearing (HMS-5), and which decision it supersedes. Never
 * edited; a later decision supersedes it. Whether the maker had competence and the reasons are
 * enough is checked by the use case against the service's {@link ProcedureRules}. Immutable.
 *
 * @param id         the decision's identifier
 * @param madeBy     the deciding body
 * @param madeOn     the date of the decision
 * @param outcome    what was decided, with its grounds where it refuses or ends
 * @param legalBasis the rules and provisions it rests on, at least one
 * @param supersedes the earlier decision it replaces, if any
 * @param reasons    the facts it rests on and the hearing before it
 * @param delivery   how and when it was notified to the person (HMS-6), once recorded; the terms
 *                   that run from notification (a challenge, HMS-3) run from its date
 */
public record Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                       List<LegalBasis> legalBasis, Option<DecisionId> supersedes, Reasons reasons, Option<Delivery> delivery) {

    /** All parts are required; the basis lists at least one rule. */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(outcome, "outcome");
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(delivery, "delivery");
        if (delivery.exists(d -> d.date().isBefore(madeOn))) {
            throw new IllegalArgumentException("a decision is delivered on or after the day it is made");
        }
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a decision states its legal basis");
        }
    }

    /** A decision not yet delivered. */
    public Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                    List<LegalBasis> legalBasis, Option<DecisionId> supersedes, Reasons reasons) {
        this(id, madeBy, madeOn, outcome, legalBasis, supersedes, reasons, Option.none());
    }

    /**
     * HMS-6: this decision as notified by {@code notice}. It is the same decision: only the
     * record of its notification is added.
     *
     * @throws IllegalArgumentException if already delivered, or delivered before it was made
     */
    public Decision delivered(Delivery notice) {
        if (delivery.isDefined()) {
            throw new IllegalArgumentException("the decision's delivery is already recorded");
        }
        return new Decision(id, madeBy, madeOn, outcome, legalBasis, supersedes, reasons, Option.some(notice));
    }

    /**
     * HMS-6: decision {@code decisionId} of {@code decisions} as notified by {@code notice}, for a
     * case recording the delivery of one of its decisions.
     *
     * @return the delivered decision, or why not, in English and free of personal data: no such
     *         decision, its delivery already recorded, or a delivery before the decision was made
     */
    public static io.vavr.control.Either<String, Decision> deliver(List<Decision> decisions, DecisionId decisionId, Delivery notice) {
        Option<Decision> found = Option.ofOptional(decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst());
        if (found.isEmpty()) {
            return io.vavr.control.Either.left("no decision " + decisionId.value() + " in the case");
        }
        if (found.get().delivery().isDefined()) {
            return io.vavr.control.Either.left("the decision's delivery is already recorded (HMS-6)");
        }
        if (notice.date().isBefore(found.get().madeOn())) {
            return io.vavr.control.Either.left("a decision is delivered on or after the day it is made (HMS-6)");
        }
        return io.vavr.control.Either.right(found.get().delivered(notice));
    }

    /**
     * A decision recorded before the library asked for its reasons ({@link Reasons#NONE}): for
     * reading old records. A use case refuses to make one (HMS-2).
     */
    public Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                    List<LegalBasis> legalBasis, Option<DecisionId> supersedes) {
        this(id, madeBy, madeOn, outcome, legalBasis, supersedes, Reasons.NONE, Option.none());
    }

    /** The kind of act it is (HMS-4, HMS-5). */
    public ActKind kind() {
        return ActKind.of(outcome);
    }
}
