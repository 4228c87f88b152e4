package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A notifier that keeps what it was asked to send, in memory, and can be told to fail: a receiver
 * for tests of delivery (it keeps duplicates, so a test sees how often a key arrived).
 */
public final class InMemoryNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    @Override
    public Either<PortFailure, Notification> send(Notification notification) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Either.left(new PortFailure("notifier", "the test made it fail"));
        }
        sent.add(notification);
        return Either.right(notification);
    }

    /** The next {@code n} sends fail (and send nothing). */
    public void failNext(int n) {
        failures.set(n);
    }

    /** Everything sent, oldest first, duplicates included. */
    public List<Notification> sent() {
        return List.copyOf(sent);
    }
}
