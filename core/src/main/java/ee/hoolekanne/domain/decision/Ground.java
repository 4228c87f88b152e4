package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.law.Rule;

/** A ground a decision states for refusing or ending a service: a rule and its paragraph. */
public interface Ground {

    /** The rule, e.g. {@link Rule#TSM_10}. */
    Rule rule();

    /** The rule's ID as text, e.g. {@code TSM-10}. */
    default String ruleId() {
        return rule().id();
    }

    /** The paragraph of the source act, e.g. {@code § 7(4) 2)}. */
    String provision();

    /** What the ground says, in English. */
    String description();
}
