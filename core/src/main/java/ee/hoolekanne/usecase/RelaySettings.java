package ee.hoolekanne.usecase;

import java.time.Duration;
import java.util.Objects;

/**
 * How the notification relay retries: operational settings of the installation, not figures of
 * the law.
 *
 * @param maxAttempts after this many failed attempts a notification is parked; at least 1
 * @param firstPause  the pause after the first failed attempt; it doubles after each further one
 * @param longestPause the pause never grows beyond this
 * @param lease       how long a claimed notification is kept from other relays while it is sent
 */
public record RelaySettings(int maxAttempts, Duration firstPause, Duration longestPause, Duration lease) {

    /** Every part is required and positive; the longest pause is not shorter than the first. */
    public RelaySettings {
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(longestPause, "longestPause");
        Objects.requireNonNull(lease, "lease");
        if (maxAttempts < 1 || firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0
                || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("at least one attempt, positive pauses (the longest not shorter than the first) and lease");
        }
    }

    /** 8 attempts, pauses from 1 minute doubling up to 1 hour, a lease of 5 minutes. */
    public static RelaySettings standard() {
        return new RelaySettings(8, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5));
    }

    /** The pause after the {@code attempts}-th failed attempt: the first pause doubled per further attempt, at most the longest. */
    public Duration pauseAfter(int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
