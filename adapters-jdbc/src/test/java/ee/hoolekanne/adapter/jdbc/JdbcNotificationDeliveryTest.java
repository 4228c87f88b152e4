package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.DeliveryRun;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.testkit.inmemory.InMemoryNotifier;
import ee.hoolekanne.testkit.inmemory.InMemoryTimeSource;
import ee.hoolekanne.usecase.NotificationRelay;
import ee.hoolekanne.usecase.RelaySettings;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox on the JDBC adapter with the relay, when delivery stops between the commit and the
 * send: a notifier that fails, the relay's connection killed at every statement of its runs, and a
 * new relay after every stop, as after a restart. Every notification arrives; one arrives twice
 * exactly when it was sent and its mark was lost with the connection, and then under the same key,
 * so a receiver that drops duplicates by key takes each once.
 */
class JdbcNotificationDeliveryTest {

    private static final PersonalCode RECIPIENT = PersonalCode.of(LocalDate.of(1975, 4, 1), Sex.FEMALE, 88);

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-11, X-1: killed connections, a failing notifier and restarted relays: every notification arrives, a duplicate only after a lost mark, under its key")
    void deliveredAsOftenAsTheKeyAllows(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcNotificationDeliveryTest");
        Killer killer = new Killer(Databases.unpooled(kind));
        JdbcAdapters killable = JdbcAdapters.builder(killer.dataSource()).migration(JdbcAdapters.Migration.NONE).build();
        InMemoryTimeSource clock = new InMemoryTimeSource(LocalDate.of(2026, 11, 20));
        InMemoryNotifier receiver = new InMemoryNotifier();
        AtomicReference<String> lastSent = new AtomicReference<>();
        Notifier notifier = n -> receiver.send(n).peek(sent -> lastSent.set(sent.key()));
        RelaySettings settings = new RelaySettings(50, Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5));
        int added = 0;
        int lostMarks = 0;
        int killedRuns = 0;
        for (int at = 1; at <= 14; at++) {
            for (int i = 0; i < 2; i++) {
                String key = "social-housing/case-" + added + "/decision/K-" + added;
                plain.outbox().add(List.of(OutboxMessage.of(new Notification(key, new CaseId("case-" + added), RECIPIENT,
                        Notification.Kind.DECISION, LocalDate.of(2026, 11, 20), "decided"), clock.now()))).get();
                added++;
            }
            if (at % 5 == 0) {
                receiver.failNext(1);
            }
            clock.advance(Duration.ofMinutes(6));
            lastSent.set(null);
            NotificationRelay restarted = new NotificationRelay(killable.outbox(), notifier, clock, settings);
            killer.killAt(at);
            Either<CaseFailure<Void>, DeliveryRun> run = restarted.deliverNotifications(new DeliverNotificationsCommand(3));
            killer.spare();
            if (run.isLeft()) {
                killedRuns++;
                assertTrue(run.getLeft().message().contains("08006"), "the failure carries the SQL state: " + run.getLeft().message());
                String sent = lastSent.get();
                if (sent != null && plain.outbox().pending().get().stream().anyMatch(m -> m.key().equals(sent))) {
                    lostMarks++;
                }
            }
        }
        for (int i = 0; i < 50 && !plain.outbox().pending().get().isEmpty(); i++) {
            clock.advance(Duration.ofMinutes(6));
            new NotificationRelay(plain.outbox(), notifier, clock, settings).deliverNotifications(new DeliverNotificationsCommand(10)).get();
        }
        assertTrue(killedRuns >= 10, "the kills hit the relay's runs: " + killedRuns);
        assertTrue(lostMarks >= 1, "some kills fell between a send and its mark");
        Map<String, Long> arrived = receiver.sent().stream().collect(Collectors.groupingBy(Notification::key, Collectors.counting()));
        assertEquals(added, arrived.size(), "every notification arrived");
        assertEquals(lostMarks, arrived.values().stream().mapToLong(n -> n - 1).sum(),
                "a notification arrived twice exactly when its mark was lost after the send");
        assertEquals(List.of(), plain.outbox().parked().get());
        assertEquals(List.of(), plain.outbox().pending().get());
    }
}
