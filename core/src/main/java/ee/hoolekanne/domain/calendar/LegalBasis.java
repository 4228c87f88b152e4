package ee.hoolekanne.domain.calendar;

import java.util.Objects;

/**
 * Why a deadline or decision exists: the rule ID of this library's catalogue and the paragraph of
 * the source act, e.g. {@code TSM-8} and {@code Tartu City regulation no 86 § 7(2)} (CAL-8, X-1).
 *
 * @param ruleId    the rule ID, e.g. {@code TSM-8}
 * @param provision the paragraph of the source act
 */
public record LegalBasis(String ruleId, String provision) {

    /** Both parts are required and must not be blank. */
    public LegalBasis {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(provision, "provision");
        if (ruleId.isBlank() || provision.isBlank()) {
            throw new IllegalArgumentException("a legal basis names a rule and a provision");
        }
    }

    /** Shorthand for the constructor. */
    public static LegalBasis of(String ruleId, String provision) {
        return new LegalBasis(ruleId, provision);
    }

    @Override
    public String toString() {
        return ruleId + ", " + provision;
    }
}
