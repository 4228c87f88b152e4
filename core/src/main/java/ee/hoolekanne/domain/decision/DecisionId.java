package ee.hoolekanne.domain.decision;

import java.util.Objects;

/**
 * Identifies a decision, e.g. the number of the committee's protocol item.
 *
 * @param value non-blank, at most 100 characters
 */
public record DecisionId(String value) {
    /** @throws IllegalArgumentException if blank or longer than 100 characters */
    public DecisionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a decision id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
