package ee.hoolekanne.port.in;

import io.vavr.control.Either;

/**
 * Delivers the notifications the commands of every service wrote to the outbox: each due one is
 * claimed, sent to the notifier, and marked delivered; a failed attempt is tried again later with
 * a growing pause, and one that keeps failing is parked, never dropped. Delivery is at least once:
 * a receiver drops a duplicate by the notification's key. An application runs it on a schedule.
 */
public interface DeliverNotificationsUseCase {

    /**
     * One run of the relay.
     *
     * @return what it did; {@link CaseFailure.Unavailable} when the outbox failed (what was already
     *         delivered in the run stays delivered)
     */
    Either<CaseFailure<Void>, DeliveryRun> deliverNotifications(DeliverNotificationsCommand command);
}
