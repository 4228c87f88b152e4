package ee.hoolekanne.port.out;

import io.vavr.control.Either;

import java.time.Instant;
import java.util.List;

/**
 * The notifications that changes caused, written in the transaction of the change, and where the
 * delivery of each stands: the transactional outbox a relay delivers from, at least once.
 *
 * <ul>
 *   <li>{@link #add} writes new messages in the running transaction (see {@link Transactions}):
 *       they exist exactly when the change that caused them committed. A message whose key is
 *       already in the outbox is left as it is (idempotent); returns how many were new.</li>
 *   <li>{@link #claim} leases up to {@code limit} pending messages due at {@code now} (next
 *       attempt on or before it, no lease or an expired one) until {@code leaseUntil}, oldest
 *       first (creation, then key), and returns them: two relays never claim one message at once
 *       while the lease runs.</li>
 *   <li>{@link #delivered} marks a message delivered; {@link #failed} counts a failed attempt,
 *       keeps the reason and sets the next attempt, or parks the message. Both end the lease.</li>
 *   <li>{@link #parked} lists the parked messages, oldest first; {@link #retry} puts one back to
 *       pending, due at once. {@link #pending} lists what is still to be delivered.
 *       {@link #purgeDelivered} removes old delivered messages; nothing else removes a message.</li>
 *   <li>Unknown keys are a {@link RepositoryError.Unavailable}; failures are errors, never thrown.</li>
 * </ul>
 */
public interface Outbox {

    /** Writes the messages whose keys are new; returns how many were new. */
    Either<RepositoryError, Integer> add(List<OutboxMessage> messages);

    /** Leases up to {@code limit} messages due at {@code now} until {@code leaseUntil}, oldest first. */
    Either<RepositoryError, List<OutboxMessage>> claim(Instant now, Instant leaseUntil, int limit);

    /** The message {@code key} was accepted by the notifier at {@code at}. */
    Either<RepositoryError, OutboxMessage> delivered(String key, Instant at);

    /**
     * An attempt to deliver {@code key} failed for {@code reason}: counted, and the message is due
     * again at {@code nextAttemptAt}, or parked when {@code park}.
     */
    Either<RepositoryError, OutboxMessage> failed(String key, String reason, Instant nextAttemptAt, boolean park);

    /** The parked messages, oldest first. */
    Either<RepositoryError, List<OutboxMessage>> parked();

    /** The messages still to be delivered (pending, leased or not), oldest first. */
    Either<RepositoryError, List<OutboxMessage>> pending();

    /**
     * Puts the parked message {@code key} back to pending, due at {@code now}, with its attempts
     * counted from zero again (its last error is kept); a message that is not parked is a
     * {@link RepositoryError.Unavailable}.
     */
    Either<RepositoryError, OutboxMessage> retry(String key, Instant now);

    /** Removes the delivered messages created before {@code before}; returns how many. Pending and parked ones stay. */
    Either<RepositoryError, Integer> purgeDelivered(Instant before);
}
