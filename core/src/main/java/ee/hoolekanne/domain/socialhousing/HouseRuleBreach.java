package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A breach of the house rules set by the head of the shelter (TSM-19), which can ground early
 * termination (TSM-22 6).
 *
 * @param on   the date
 * @param rule which rule of the house rules, by its number or title
 */
public record HouseRuleBreach(LocalDate on, String rule) {
    /** All parts are required. */
    public HouseRuleBreach {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(rule, "rule");
    }
}
