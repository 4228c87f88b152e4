package ee.hoolekanne.domain.decision;

import ee.hoolekanne.domain.law.Rule;

import java.util.Objects;

/**
 * A ground a decision states in its own words, for services whose sources list no closed set of
 * grounds (e.g. a resocialization refusal, RES-8).
 *
 * @param rule        the rule the decision rests on
 * @param provision   the source it cites
 * @param description the ground, free of personal data
 */
public record StatedGround(Rule rule, String provision, String description) implements Ground {
    /** Every part is required and non-blank. */
    public StatedGround {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a stated ground says something");
        }
    }
}
