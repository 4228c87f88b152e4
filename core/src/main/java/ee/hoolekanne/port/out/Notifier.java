package ee.hoolekanne.port.out;

import io.vavr.control.Either;

/**
 * Sends notifications to people (decisions, freed places). Sending is not delivery: a decision's
 * delivery is recorded separately when the addressee receives it (TSM-13, TSM-15).
 *
 * <p>{@link #send} returns the notification once it is accepted for sending, or a
 * {@link PortFailure}; never throws. Sending the same notification twice sends it twice.
 */
public interface Notifier {

    /** Accepts {@code notification} for sending. */
    Either<PortFailure, Notification> send(Notification notification);
}
