package ee.hoolekanne.port.in;

import io.vavr.control.Either;

/** Puts a parked notification back to be delivered at once. */
public interface RetryNotificationUseCase {

    /** The notification, pending again; {@link CaseFailure.Unavailable} for an unknown key or a failed outbox. */
    Either<CaseFailure<Void>, NotificationStatus> retryNotification(RetryNotificationCommand command);
}
