package ee.hoolekanne.domain.decision;

import io.vavr.control.Option;

import java.util.List;
import java.util.Objects;

/**
 * What a decision states beyond its outcome and legal basis: the facts it rests on (HMS-2, HMS
 * §§ 55–56: the assessment's findings, dates, what was missing or breached) and the hearing before
 * it (HMS-5). The facts may hold personal data, so {@link #toString()} shows only their number.
 *
 * @param facts   the facts established, each a sentence; empty only in a decision recorded before
 *                the library required them, which a use case never makes
 * @param hearing the hearing, or why none was held; required before a refusal or an end
 */
public record Reasons(List<String> facts, Option<Hearing> hearing) {

    /** The reasons of a decision recorded before the library asked for them: none. */
    public static final Reasons NONE = new Reasons(List.of(), Option.none());

    /** The facts are copied; none is blank. */
    public Reasons {
        facts = List.copyOf(facts);
        Objects.requireNonNull(hearing, "hearing");
        if (facts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a fact says something");
        }
    }

    /** Reasons stating {@code facts}, without a hearing (enough for a grant). */
    public static Reasons of(String... facts) {
        return new Reasons(List.of(facts), Option.none());
    }

    /** These reasons with {@code hearingHeld} recorded. */
    public Reasons heard(Hearing hearingHeld) {
        return new Reasons(facts, Option.some(hearingHeld));
    }

    /** Whether the decision states its factual basis (HMS-2). */
    public boolean statesFacts() {
        return !facts.isEmpty();
    }

    @Override
    public String toString() {
        return "Reasons[" + facts.size() + " facts, hearing=" + hearing.map(h -> h.getClass().getSimpleName()).getOrElse("none") + "]";
    }
}
