package ee.hoolekanne.domain.housing;

import java.util.Objects;

/**
 * Identifies a housing unit: a separate dwelling or one bed place.
 *
 * @param value non-blank, at most 100 characters
 */
public record UnitId(String value) {
    /** @throws IllegalArgumentException if blank or longer than 100 characters */
    public UnitId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a unit id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
