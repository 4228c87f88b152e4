package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The outbox in memory; messages added inside an {@link InMemoryTransactions} transaction are gone on rollback. */
public final class InMemoryOutbox implements Outbox {

    /** Oldest first: by creation, then key. */
    private static final Comparator<OutboxMessage> OLDEST_FIRST = Comparator.comparing(OutboxMessage::createdAt)
            .thenComparing(OutboxMessage::key);

    private record Held(OutboxMessage message, Option<Instant> lease) {
    }

    private final Map<String, Held> messages = new LinkedHashMap<>();

    @Override
    public synchronized Either<RepositoryError, Integer> add(List<OutboxMessage> added) {
        int fresh = 0;
        for (OutboxMessage m : added) {
            if (!messages.containsKey(m.key())) {
                messages.put(m.key(), new Held(m, Option.none()));
                InMemoryTransactions.undoOnRollback(() -> remove(m.key()));
                fresh++;
            }
        }
        return Either.right(fresh);
    }

    private synchronized void remove(String key) {
        messages.remove(key);
    }

    @Override
    public synchronized Either<RepositoryError, List<OutboxMessage>> claim(Instant now, Instant leaseUntil, int limit) {
        List<OutboxMessage> due = messages.values().stream()
                .filter(h -> h.message().status() == OutboxMessage.Status.PENDING && !h.message().nextAttemptAt().isAfter(now)
                        && h.lease().forAll(until -> !until.isAfter(now)))
                .map(Held::message).sorted(OLDEST_FIRST).limit(limit).toList();
        due.forEach(m -> messages.put(m.key(), new Held(m, Option.some(leaseUntil))));
        return Either.right(due);
    }

    @Override
    public synchronized Either<RepositoryError, OutboxMessage> delivered(String key, Instant at) {
        return change(key, m -> true, m -> new OutboxMessage(m.notification(), m.createdAt(), m.attempts(), m.nextAttemptAt(),
                m.lastError(), OutboxMessage.Status.DELIVERED));
    }

    @Override
    public synchronized Either<RepositoryError, OutboxMessage> failed(String key, String reason, Instant nextAttemptAt, boolean park) {
        return change(key, m -> true, m -> new OutboxMessage(m.notification(), m.createdAt(), m.attempts() + 1, nextAttemptAt,
                Option.some(reason), park ? OutboxMessage.Status.PARKED : OutboxMessage.Status.PENDING));
    }

    @Override
    public synchronized Either<RepositoryError, List<OutboxMessage>> parked() {
        return Either.right(having(OutboxMessage.Status.PARKED));
    }

    @Override
    public synchronized Either<RepositoryError, List<OutboxMessage>> pending() {
        return Either.right(having(OutboxMessage.Status.PENDING));
    }

    @Override
    public synchronized Either<RepositoryError, OutboxMessage> retry(String key, Instant now) {
        return change(key, m -> m.status() == OutboxMessage.Status.PARKED, m -> new OutboxMessage(m.notification(), m.createdAt(), 0, now,
                m.lastError(), OutboxMessage.Status.PENDING));
    }

    @Override
    public synchronized Either<RepositoryError, Integer> purgeDelivered(Instant before) {
        List<String> gone = new ArrayList<>();
        messages.forEach((key, held) -> {
            if (held.message().status() == OutboxMessage.Status.DELIVERED && held.message().createdAt().isBefore(before)) {
                gone.add(key);
            }
        });
        gone.forEach(messages::remove);
        return Either.right(gone.size());
    }

    /** Every message, whatever its status, oldest first. */
    public synchronized List<OutboxMessage> all() {
        return messages.values().stream().map(Held::message).sorted(OLDEST_FIRST).toList();
    }

    private List<OutboxMessage> having(OutboxMessage.Status status) {
        return messages.values().stream().map(Held::message).filter(m -> m.status() == status).sorted(OLDEST_FIRST).toList();
    }

    private Either<RepositoryError, OutboxMessage> change(String key, Predicate<OutboxMessage> allowed,
                                                          java.util.function.UnaryOperator<OutboxMessage> how) {
        Held held = messages.get(key);
        if (held == null) {
            return Either.left(new RepositoryError.Unavailable("no message " + key + " in the outbox"));
        }
        if (!allowed.test(held.message())) {
            return Either.left(new RepositoryError.Unavailable("message " + key + " is " + held.message().status()));
        }
        OutboxMessage changed = how.apply(held.message());
        messages.put(key, new Held(changed, Option.none()));
        return Either.right(changed);
    }
}
