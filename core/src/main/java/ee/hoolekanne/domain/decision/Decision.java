package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.calendar.LegalBasis;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision: who made it, when, what it decides, on which legal basis, and which decision
 * it supersedes. Never edited; a later decision supersedes it. Immutable.
 *
 * @param id         the decision's identifier
 * @param madeBy     the deciding body
 * @param madeOn     the date of the decision
 * @param outcome    what was decided, with its grounds where it refuses or ends
 * @param legalBasis the rules and provisions it rests on, at least one
 * @param supersedes the earlier decision it replaces, if any
 */
public record Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                       List<LegalBasis> legalBasis, Option<DecisionId> supersedes) {

    /** All parts are required; the basis lists at least one rule. */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(outcome, "outcome");
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(supersedes, "supersedes");
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a decision states its legal basis");
        }
    }
}
