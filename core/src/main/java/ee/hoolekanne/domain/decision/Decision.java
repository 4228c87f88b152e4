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
 */
public record Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                       List<LegalBasis> legalBasis, Option<DecisionId> supersedes, Reasons reasons) {

    /** All parts are required; the basis lists at least one rule. */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(outcome, "outcome");
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(reasons, "reasons");
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a decision states its legal basis");
        }
    }

    /**
     * A decision recorded before the library asked for its reasons ({@link Reasons#NONE}): for
     * reading old records. A use case refuses to make one (HMS-2).
     */
    public Decision(DecisionId id, DecisionMaker madeBy, LocalDate madeOn, Outcome outcome,
                    List<LegalBasis> legalBasis, Option<DecisionId> supersedes) {
        this(id, madeBy, madeOn, outcome, legalBasis, supersedes, Reasons.NONE);
    }

    /** The kind of act it is (HMS-4, HMS-5). */
    public ActKind kind() {
        return ActKind.of(outcome);
    }
}
