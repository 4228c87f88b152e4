package ee.hoolekanne.domain.supportperson;

import java.util.Objects;

/**
 * Identifies a support person in a provider's register.
 *
 * @param value non-blank, at most 100 characters
 */
public record SupportPersonId(String value) {
    /** @throws IllegalArgumentException if blank or too long */
    public SupportPersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a support person id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
