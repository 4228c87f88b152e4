package ee.hoolekanne.domain.casefile;

import java.util.Objects;

/**
 * Identifies a case (one application and everything that follows from it). Ids come from the
 * caller or an id port, never from inside the domain.
 *
 * @param value non-blank, at most 100 characters
 */
public record CaseId(String value) {
    /** @throws IllegalArgumentException if blank or longer than 100 characters */
    public CaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a case id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
