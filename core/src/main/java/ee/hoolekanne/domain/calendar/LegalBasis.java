package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.law.Rule;

import java.util.Objects;

/**
 * Why a deadline or decision exists: the rule of this library's catalogue and the paragraph of
 * the source act, e.g. {@link Rule#TSM_8} and {@code Tartu City regulation no 86 § 7(2)} (CAL-8,
 * The provision comes from the rule set of the service that applies the rule.
 *
 * @param rule      the rule, e.g. {@link Rule#TSM_8}
 * @param provision the paragraph of the source act
 */
public record LegalBasis(Rule rule, String provision) {

    /** Both parts are required; the provision must not be blank. */
    public LegalBasis {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(provision, "provision");
        if (provision.isBlank()) {
            throw new IllegalArgumentException("a legal basis names a provision");
        }
    }

    /** Shorthand for the constructor. */
    public static LegalBasis of(Rule rule, String provision) {
        return new LegalBasis(rule, provision);
    }

    /** The rule's ID as text, e.g. {@code TSM-8}. */
    public String ruleId() {
        return rule.id();
    }

    @Override
    public String toString() {
        return rule.id() + ", " + provision;
    }
}
