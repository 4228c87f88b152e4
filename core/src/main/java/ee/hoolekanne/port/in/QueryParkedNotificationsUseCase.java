package ee.hoolekanne.port.in;

import io.vavr.control.Either;

import java.util.List;

/** The notifications parked after failing once too often, oldest first, for a person to look at. */
public interface QueryParkedNotificationsUseCase {

    /** The parked notifications; {@link CaseFailure.Unavailable} when the outbox failed. */
    Either<CaseFailure<Void>, List<NotificationStatus>> queryParkedNotifications(QueryParkedNotificationsCommand command);
}
