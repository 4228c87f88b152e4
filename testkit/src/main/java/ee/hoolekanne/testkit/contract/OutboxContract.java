package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Outbox} adapter promises (its Javadoc): messages come back equal (the
 * notification with its recipient and text, instants to the millisecond), oldest first; adding a
 * key twice keeps the first; a claim takes only what is due and not leased, up to its limit, and
 * two claims never take one message while the lease runs, also from 8 threads at once; delivered,
 * failed, parked and retried messages move as the port says; unknown keys are errors; what was
 * added in a transaction that rolls back is gone; a purge removes only old delivered messages.
 */
public abstract class OutboxContract {

    /**
     * An adapter and the transactions it joins.
     *
     * @param outbox       the adapter under test, fresh and empty
     * @param transactions the transactions its writes join
     */
    protected record Store(Outbox outbox, Transactions transactions) {
        /** Both are required. */
        public Store {
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /** A fresh, empty adapter with its transactions. */
    protected abstract Store newStore();

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123Z");
    private static final PersonalCode RECIPIENT = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);

    private Store store;

    @BeforeEach
    void fresh() {
        store = newStore();
    }

    private static <T> T right(Either<RepositoryError, T> either) {
        return either.getOrElseThrow(e -> new AssertionError("expected Right, got " + e.message()));
    }

    /** A message created {@code seconds} after T0. */
    static OutboxMessage message(String key, int seconds) {
        return OutboxMessage.of(new Notification(key, new CaseId("case-" + key), RECIPIENT, Notification.Kind.DECISION,
                LocalDate.of(2026, 11, 20), "Your application case-" + key + " was decided: Granted. Täpitähed: õäöü."), T0.plusSeconds(seconds));
    }

    private static List<String> keys(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::key).toList();
    }

    @Test
    @DisplayName("messages come back equal, oldest first; a key added twice keeps the first message")
    void addAndRead() {
        assertEquals(3, right(store.outbox().add(List.of(message("b", 2), message("a", 2), message("c", 1)))));
        OutboxMessage later = OutboxMessage.of(new Notification("a", new CaseId("other"), RECIPIENT, Notification.Kind.PLACE_FREED,
                LocalDate.of(2027, 1, 1), "other"), T0);
        assertEquals(0, right(store.outbox().add(List.of(later))), "the key is already there");
        assertEquals(List.of(message("c", 1), message("a", 2), message("b", 2)), right(store.outbox().pending()));
        assertEquals(List.of(), right(store.outbox().parked()));
    }

    @Test
    @DisplayName("a claim takes only the due messages that are not leased, up to its limit, oldest first; an expired lease frees a message")
    void claims() {
        right(store.outbox().add(List.of(message("a", 0), message("b", 1), message("c", 2), message("future", 600))));
        Instant now = T0.plusSeconds(60);
        Instant lease = now.plusSeconds(300);
        assertEquals(List.of("a", "b"), keys(right(store.outbox().claim(now, lease, 2))));
        assertEquals(List.of("c"), keys(right(store.outbox().claim(now, lease, 10))), "leased ones are not claimed again");
        assertEquals(List.of(), keys(right(store.outbox().claim(now.plusSeconds(10), lease, 10))));
        assertEquals(List.of("a", "b", "c"), keys(right(store.outbox().claim(lease, lease.plusSeconds(300), 10))),
                "the lease ran out; the future message is not yet due");
        assertEquals(List.of("future"), keys(right(store.outbox().claim(T0.plusSeconds(3600), T0.plusSeconds(4000), 10)).stream()
                .filter(m -> m.key().equals("future")).toList()));
    }

    @Test
    @DisplayName("delivered leaves the pending list; a failure is counted with its reason and due later; the last one parks; retry puts it back")
    void lifecycle() {
        right(store.outbox().add(List.of(message("a", 0), message("b", 1))));
        Instant now = T0.plusSeconds(10);
        right(store.outbox().claim(now, now.plusSeconds(60), 10));
        OutboxMessage delivered = right(store.outbox().delivered("a", now));
        assertEquals(OutboxMessage.Status.DELIVERED, delivered.status());
        OutboxMessage failed = right(store.outbox().failed("b", "notifier: down", now.plusSeconds(120), false));
        assertEquals(new OutboxMessage(message("b", 1).notification(), T0.plusSeconds(1), 1, now.plusSeconds(120), Option.some("notifier: down"),
                OutboxMessage.Status.PENDING), failed);
        assertEquals(List.of(failed), right(store.outbox().pending()));
        assertEquals(List.of(), right(store.outbox().claim(now.plusSeconds(60), now.plusSeconds(600), 10)), "not due yet");
        assertEquals(List.of("b"), keys(right(store.outbox().claim(now.plusSeconds(120), now.plusSeconds(600), 10))),
                "a failure ends the lease: due again at its next attempt");
        OutboxMessage parked = right(store.outbox().failed("b", "notifier: refused", now.plusSeconds(240), true));
        assertEquals(OutboxMessage.Status.PARKED, parked.status());
        assertEquals(2, parked.attempts());
        assertEquals(List.of(parked), right(store.outbox().parked()));
        assertEquals(List.of(), right(store.outbox().pending()));
        assertEquals(List.of(), right(store.outbox().claim(now.plusSeconds(10_000), now.plusSeconds(20_000), 10)), "a parked message is not claimed");
        OutboxMessage retried = right(store.outbox().retry("b", now.plusSeconds(300)));
        assertEquals(new OutboxMessage(parked.notification(), parked.createdAt(), 0, now.plusSeconds(300), Option.some("notifier: refused"),
                OutboxMessage.Status.PENDING), retried);
        assertEquals(List.of("b"), keys(right(store.outbox().claim(now.plusSeconds(300), now.plusSeconds(400), 10))));
        assertInstanceOf(RepositoryError.Unavailable.class, store.outbox().retry("a", now).getLeft(), "only a parked message is retried");
        assertInstanceOf(RepositoryError.Unavailable.class, store.outbox().delivered("nope", now).getLeft());
        assertInstanceOf(RepositoryError.Unavailable.class, store.outbox().failed("nope", "x", now, false).getLeft());
        assertInstanceOf(RepositoryError.Unavailable.class, store.outbox().retry("nope", now).getLeft());
    }

    @Test
    @DisplayName("what was added in a transaction that rolls back is gone; in one that commits it stays")
    void joinsTransactions() {
        Either<String, Integer> rolledBack = store.transactions().inTransaction(() -> store.outbox().add(List.of(message("a", 0)))
                .mapLeft(RepositoryError::message).flatMap(n -> Either.<String, Integer>left("the command was refused")), RepositoryError::message);
        assertTrue(rolledBack.isLeft());
        assertEquals(List.of(), right(store.outbox().pending()));
        Either<String, Integer> committed = store.transactions().inTransaction(() -> store.outbox().add(List.of(message("a", 0)))
                .mapLeft(RepositoryError::message), RepositoryError::message);
        assertEquals(Either.right(1), committed);
        assertEquals(List.of("a"), keys(right(store.outbox().pending())));
    }

    @Test
    @DisplayName("a purge removes the delivered messages created before the date, and nothing pending or parked")
    void purge() {
        right(store.outbox().add(List.of(message("old", 0), message("new", 100), message("pending", 0), message("parked", 0))));
        Instant now = T0.plusSeconds(200);
        right(store.outbox().delivered("old", now));
        right(store.outbox().delivered("new", now));
        right(store.outbox().failed("parked", "down", now, true));
        assertEquals(1, right(store.outbox().purgeDelivered(T0.plusSeconds(50))));
        assertEquals(List.of("pending"), keys(right(store.outbox().pending())));
        assertEquals(List.of("parked"), keys(right(store.outbox().parked())));
        assertEquals(0, right(store.outbox().purgeDelivered(T0.plusSeconds(50))));
    }

    @Test
    @DisplayName("8 relays claiming at once: every message is claimed by exactly one of them")
    void concurrentClaims() throws Exception {
        List<OutboxMessage> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(message(String.format("m%02d", i), i % 7));
        }
        right(store.outbox().add(many));
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        List<String> twice = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        Instant now = T0.plus(Duration.ofMinutes(1));
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 10; round++) {
                    for (OutboxMessage m : right(store.outbox().claim(now, now.plus(Duration.ofMinutes(5)), 3))) {
                        if (!claimed.add(m.key())) {
                            twice.add(m.key());
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(List.of(), twice, "claimed twice while leased");
        assertEquals(60, claimed.size(), "every message claimed");
    }
}
