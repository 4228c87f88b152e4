package ee.hoolekanne.domain.substitutecare;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours a line is open on a day: from {@code opens} (inclusive) to {@code closes} (exclusive).
 *
 * @param opens  e.g. 10:00
 * @param closes e.g. 17:00, after {@code opens}
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {
    /** Closes after it opens. */
    public OpeningHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("a line closes after it opens");
        }
    }

    /** Whether {@code time} is within the hours. */
    public boolean includes(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
