package ee.hoolekanne.examples;

import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The examples' notifier: it keeps what it was given to send, so the walk-through can show it. A
 * municipal application sends by e-mail, SMS or the state portal instead.
 */
final class PrintingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public Either<PortFailure, Notification> send(Notification notification) {
        sent.add(notification);
        return Either.right(notification);
    }

    /** What was sent, oldest first. */
    List<Notification> sent() {
        return List.copyOf(sent);
    }
}
