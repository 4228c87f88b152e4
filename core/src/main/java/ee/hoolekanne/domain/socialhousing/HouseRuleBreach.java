package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A breach of the house rules set by the head of the provider (TSM-19), which can ground early
 * termination (TSM-22 6). It names the rule it breaks: the directive in force on the day at the
 * provider of the recipient's contract, and the rule's number in it.
 *
 * @param on        the date
 * @param directive the directive whose rules bind on that day
 * @param rule      the number of the rule broken
 */
public record HouseRuleBreach(LocalDate on, String directive, String rule) {
    /** All parts are required. */
    public HouseRuleBreach {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(rule, "rule");
    }
}
