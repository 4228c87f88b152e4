package ee.hoolekanne.domain.supportperson;

import java.util.Objects;

/**
 * Identifies a service provider.
 *
 * @param value non-blank, at most 100 characters
 */
public record ProviderId(String value) {
    /** @throws IllegalArgumentException if blank or too long */
    public ProviderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a provider id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
