package ee.hoolekanne.domain.decision;

/** A ground a decision states for refusing or ending a service: a rule and its paragraph. */
public interface Ground {

    /** The rule ID, e.g. {@code TSM-10}. */
    String ruleId();

    /** The paragraph of the source act, e.g. {@code § 7(4) 2)}. */
    String provision();

    /** What the ground says, in English. */
    String description();
}
