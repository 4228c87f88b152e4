package ee.hoolekanne.port.out;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification in the outbox, with where its delivery stands.
 *
 * @param notification  the message, with its idempotency key
 * @param createdAt     when the change that caused it committed it to the outbox
 * @param attempts      how many delivery attempts failed so far
 * @param nextAttemptAt when it may be tried next
 * @param lastError     why the last attempt failed, free of personal data
 * @param status        pending, delivered or parked
 */
public record OutboxMessage(Notification notification, Instant createdAt, int attempts, Instant nextAttemptAt,
                            Option<String> lastError, Status status) {

    /** Where a message's delivery stands. */
    public enum Status {
        /** To be delivered (again). */
        PENDING,
        /** The notifier accepted it. */
        DELIVERED,
        /** It kept failing: set aside for a person to look at, never dropped. */
        PARKED
    }

    /** All parts are required; attempts are not negative. */
    public OutboxMessage {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are not negative");
        }
    }

    /** A new message, due at once. */
    public static OutboxMessage of(Notification notification, Instant createdAt) {
        return new OutboxMessage(notification, createdAt, 0, createdAt, Option.none(), Status.PENDING);
    }

    /** The idempotency key. */
    public String key() {
        return notification.key();
    }
}
