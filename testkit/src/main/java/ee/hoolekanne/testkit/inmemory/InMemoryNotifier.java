package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A notifier that keeps what it was asked to send, in memory. */
public final class InMemoryNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public Either<PortFailure, Notification> send(Notification notification) {
        sent.add(notification);
        return Either.right(notification);
    }

    /** Everything sent, oldest first. */
    public List<Notification> sent() {
        return List.copyOf(sent);
    }
}
