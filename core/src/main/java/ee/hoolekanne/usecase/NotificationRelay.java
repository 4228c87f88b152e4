package ee.hoolekanne.usecase;

import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.DeliverNotificationsUseCase;
import ee.hoolekanne.port.in.DeliveryRun;
import ee.hoolekanne.port.in.NotificationStatus;
import ee.hoolekanne.port.in.QueryParkedNotificationsCommand;
import ee.hoolekanne.port.in.QueryParkedNotificationsUseCase;
import ee.hoolekanne.port.in.RetryNotificationCommand;
import ee.hoolekanne.port.in.RetryNotificationUseCase;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.port.out.TimeSource;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Delivers the outbox to the {@link Notifier}, at least once: each run claims the notifications
 * due (a lease keeps other relays off them while they are sent), sends each, and marks it
 * delivered; a failed attempt is counted and tried again after a pause that doubles
 * ({@link RelaySettings}), and after the last attempt the notification is parked and listed by
 * {@link #queryParkedNotifications}, never dropped. If the process stops between a send and its
 * mark, the lease runs out and a later run (this relay or a new one after a restart) sends it
 * again under the same key, which the receiver uses to drop the duplicate. Thread-safe when its
 * ports are.
 */
public final class NotificationRelay implements DeliverNotificationsUseCase, QueryParkedNotificationsUseCase,
        RetryNotificationUseCase {

    private final Outbox outbox;
    private final Notifier notifier;
    private final TimeSource time;
    private final RelaySettings settings;

    /** A relay from {@code outbox} to {@code notifier}, on the clock {@code time}, retrying per {@code settings}. */
    public NotificationRelay(Outbox outbox, Notifier notifier, TimeSource time, RelaySettings settings) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.time = Objects.requireNonNull(time, "time");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Either<CaseFailure<Void>, DeliveryRun> deliverNotifications(DeliverNotificationsCommand command) {
        Instant now = time.now();
        return outbox.claim(now, now.plus(settings.lease()), command.limit()).<CaseFailure<Void>>mapLeft(CaseRunner::repositoryFailure)
                .flatMap(claimed -> io.vavr.collection.List.ofAll(claimed).foldLeft(Either.<CaseFailure<Void>, DeliveryRun>right(DeliveryRun.NONE),
                        (run, message) -> run.flatMap(sofar -> deliver(message).map(sofar::plus))));
    }

    /** Sends one claimed message and records how it went. */
    private Either<CaseFailure<Void>, DeliveryRun> deliver(OutboxMessage message) {
        return send(message.notification()).fold(
                failure -> {
                    int attempts = message.attempts() + 1;
                    boolean park = attempts >= settings.maxAttempts();
                    Instant at = time.now();
                    return outbox.failed(message.key(), failure.port() + ": " + failure.reason(), at.plus(settings.pauseAfter(attempts)), park)
                            .<CaseFailure<Void>>mapLeft(CaseRunner::repositoryFailure)
                            .map(marked -> park ? new DeliveryRun(0, 0, 1) : new DeliveryRun(0, 1, 0));
                },
                sent -> outbox.delivered(message.key(), time.now()).<CaseFailure<Void>>mapLeft(CaseRunner::repositoryFailure)
                        .map(marked -> new DeliveryRun(1, 0, 0)));
    }

    /** The notifier's answer; a notifier that throws, against its contract, is a failed attempt too. */
    private Either<PortFailure, Notification> send(Notification notification) {
        try {
            return notifier.send(notification);
        } catch (RuntimeException e) {
            return Either.left(new PortFailure("notifier", "threw " + e.getClass().getSimpleName()));
        }
    }

    @Override
    public Either<CaseFailure<Void>, List<NotificationStatus>> queryParkedNotifications(QueryParkedNotificationsCommand command) {
        return outbox.parked().<CaseFailure<Void>>mapLeft(CaseRunner::repositoryFailure)
                .map(parked -> parked.stream().map(NotificationRelay::status).toList());
    }

    @Override
    public Either<CaseFailure<Void>, NotificationStatus> retryNotification(RetryNotificationCommand command) {
        return outbox.retry(command.key(), time.now()).<CaseFailure<Void>>mapLeft(CaseRunner::repositoryFailure)
                .map(NotificationRelay::status);
    }

    /** What an operator may see of a message: no recipient, no text. */
    static NotificationStatus status(OutboxMessage m) {
        Notification n = m.notification();
        return new NotificationStatus(n.key(), n.caseId(), n.kind().name(), n.on(), m.createdAt(), m.attempts(), m.lastError(),
                m.status().name());
    }
}
