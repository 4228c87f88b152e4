package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A training a support person or mentor completed.
 *
 * @param name        e.g. "support person training", "mentor preparatory training"
 * @param completedOn when
 */
public record Training(String name, LocalDate completedOn) {
    /** Both parts are required. */
    public Training {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
