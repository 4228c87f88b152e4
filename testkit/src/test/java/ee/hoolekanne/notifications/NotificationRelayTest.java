package ee.hoolekanne.notifications;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.in.DeliverNotificationsCommand;
import ee.hoolekanne.port.in.DeliveryRun;
import ee.hoolekanne.port.in.NotificationStatus;
import ee.hoolekanne.port.in.QueryParkedNotificationsCommand;
import ee.hoolekanne.port.in.RetryNotificationCommand;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.testkit.gen.Property;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.NotificationRelay;
import ee.hoolekanne.usecase.RelaySettings;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox and its relay on the in-memory adapters: a notification exists exactly when the
 * change that caused it committed, it is delivered at least once, retried with a doubling pause,
 * parked after the last attempt and listed, never dropped; and after failures, crashes between
 * a send and its mark, and relays restarted, every notification arrives, each duplicate under the
 * key of the original.
 */
class NotificationRelayTest {

    private static final PersonalCode PEETER = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);
    private static final RelaySettings SETTINGS = new RelaySettings(3, Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(5));

    private static Notification notification(String key) {
        return new Notification(key, new CaseId("case-" + key), PEETER, Notification.Kind.DECISION, LocalDate.of(2026, 11, 20), "decided");
    }

    @Test
    @DisplayName("X-1, TSM-11: a decision's notice is written with the decision and delivered by the relay; a refused decision writes none")
    void writtenWithTheChange() {
        InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2025, 12, 15));
        memory.register().register(PEETER, LocalDate.of(2010, 1, 1), "Tartu linn");
        HousingStock stock = orFail(HousingStock.empty("stock").withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
        orFail(memory.housingStocks().save("stock", stock, 0));
        SocialHousingService service = memory.socialHousing(SocialHousingSettings.tartu("stock", "list"));
        CaseId id = new CaseId("2025-SH-1");
        ok(service.submitApplication(new SubmitApplicationCommand(id, SocialHousingCases.completeForm(Household.single(PEETER)),
                LocalDate.of(2025, 12, 15))));
        ok(service.assessApplication(new AssessApplicationCommand(id, SocialHousingCases.assessment(LocalDate.of(2025, 12, 16)))));
        assertTrue(service.decideApplication(new DecideApplicationCommand(id, new DecisionId("K-0"), SocialHousingCases.COMMITTEE,
                LocalDate.of(2025, 12, 17), new Outcome.Grant(new UnitId("no-such-unit"), LocalDate.of(2026, 6, 30)), SocialHousingCases.reasons(LocalDate.of(2025, 12, 17)))).isLeft());
        assertEquals(List.of(), memory.outbox().all(), "a refused decision tells no one");
        ok(service.decideApplication(new DecideApplicationCommand(id, new DecisionId("K-1"), SocialHousingCases.COMMITTEE,
                LocalDate.of(2025, 12, 17), new Outcome.Grant(new UnitId("bed-1"), LocalDate.of(2026, 6, 30)), SocialHousingCases.reasons(LocalDate.of(2025, 12, 17)))));
        assertEquals(List.of("social-housing/2025-SH-1/decision/K-1"), memory.outbox().all().stream().map(OutboxMessage::key).toList());
        assertEquals(List.of(), memory.notifier().sent(), "nothing is sent before the relay runs");
        NotificationRelay relay = memory.relay(SETTINGS);
        assertEquals(new DeliveryRun(1, 0, 0), ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))));
        assertEquals(PEETER, memory.notifier().sent().get(0).recipient());
        assertEquals(DeliveryRun.NONE, ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))), "delivered once");
    }

    @Test
    @DisplayName("a failing notifier: each attempt counted with a doubling pause up to the longest; parked after the last; listed without personal data; retried and delivered")
    void retriesAndParks() {
        InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2026, 11, 20));
        memory.outbox().add(List.of(OutboxMessage.of(notification("k1"), memory.time().now())));
        NotificationRelay relay = memory.relay(SETTINGS);
        memory.notifier().failNext(100);
        Instant start = memory.time().now();
        assertEquals(new DeliveryRun(0, 1, 0), ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))));
        assertEquals(start.plus(Duration.ofMinutes(1)), memory.outbox().pending().get().get(0).nextAttemptAt(), "1 minute after the first failure");
        assertEquals(DeliveryRun.NONE, ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))), "not due before its pause");
        memory.time().advance(Duration.ofMinutes(1));
        assertEquals(new DeliveryRun(0, 1, 0), ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))));
        assertEquals(start.plus(Duration.ofMinutes(3)), memory.outbox().pending().get().get(0).nextAttemptAt(), "the pause doubled: 2 minutes");
        memory.time().advance(Duration.ofMinutes(2));
        assertEquals(new DeliveryRun(0, 0, 1), ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))), "the third failure parks it");
        memory.time().advance(Duration.ofDays(1));
        assertEquals(DeliveryRun.NONE, ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))), "a parked notification waits for a person");
        List<NotificationStatus> parked = ok(relay.queryParkedNotifications(new QueryParkedNotificationsCommand()));
        assertEquals(1, parked.size());
        assertEquals("k1", parked.get(0).key());
        assertEquals(3, parked.get(0).attempts());
        assertEquals("notifier: the test made it fail", parked.get(0).lastError().get());
        assertFalse(parked.get(0).toString().contains(PEETER.value()), "no personal code in what an operator sees");
        memory.notifier().failNext(0);
        assertEquals("PENDING", ok(relay.retryNotification(new RetryNotificationCommand("k1"))).status());
        assertEquals(new DeliveryRun(1, 0, 0), ok(relay.deliverNotifications(new DeliverNotificationsCommand(10))));
        assertEquals(List.of("k1"), memory.notifier().sent().stream().map(Notification::key).toList());
    }

    @Test
    @DisplayName("the pause doubles from the first and never grows beyond the longest")
    void pauses() {
        RelaySettings settings = new RelaySettings(20, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5));
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(n -> settings.pauseAfter(n).toMinutes()).toList());
    }

    /** One step of the random schedule of the delivery property. */
    private enum Step { ADD, RUN, FAIL_NEXT, CRASH_AFTER_SEND, CLAIM_AND_STOP, RESTART, LATER }

    @Test
    @DisplayName("random failures, relays stopping after a claim or between a send and its mark, and restarted relays: every notification arrives, a duplicate only after a send that was not marked, under its key")
    void atLeastOnce() {
        Property.forAll("every notification arrives; duplicates only after a crash after the send", 200, random -> {
            List<Step> steps = new ArrayList<>();
            int n = 10 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                steps.add(Step.values()[random.nextInt(Step.values().length)]);
            }
            return steps;
        }, steps -> {
            InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2026, 11, 20));
            CrashingNotifier notifier = new CrashingNotifier(memory.notifier());
            RelaySettings settings = new RelaySettings(100, Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5));
            Function<Integer, NotificationRelay> newRelay = i -> new NotificationRelay(memory.outbox(), notifier, memory.time(), settings);
            NotificationRelay relay = newRelay.apply(0);
            int added = 0;
            int crashes = 0;
            for (Step step : steps) {
                switch (step) {
                    case ADD -> memory.outbox().add(List.of(OutboxMessage.of(notification("k" + added++), memory.time().now())));
                    case RUN -> ok(relay.deliverNotifications(new DeliverNotificationsCommand(3)));
                    case FAIL_NEXT -> memory.notifier().failNext(2);
                    case CRASH_AFTER_SEND -> crashes += notifier.crashAfterNextSend();
                    case CLAIM_AND_STOP -> memory.outbox().claim(memory.time().now(), memory.time().now().plus(settings.lease()), 2);
                    case RESTART -> relay = newRelay.apply(1);
                    case LATER -> memory.time().advance(Duration.ofMinutes(3));
                }
            }
            memory.notifier().failNext(0);
            notifier.crashAfterNextSend = false;
            for (int i = 0; i < 100 && !memory.outbox().pending().get().isEmpty(); i++) {
                memory.time().advance(Duration.ofMinutes(6));
                ok(newRelay.apply(2).deliverNotifications(new DeliverNotificationsCommand(5)));
            }
            Map<String, Long> arrived = memory.notifier().sent().stream().collect(Collectors.groupingBy(Notification::key, Collectors.counting()));
            assertEquals(added, arrived.size(), "every notification arrived");
            long duplicates = arrived.values().stream().mapToLong(c -> c - 1).sum();
            assertTrue(duplicates <= notifier.crashed, "a duplicate only after a crash between send and mark: " + duplicates + " > "
                    + notifier.crashed + " (crash steps " + crashes + ")");
            assertEquals(List.of(), memory.outbox().parked().get());
        });
    }

    /**
     * A notifier that, when told, sends and then throws, as a process that stops after the send
     * and before the relay marks it: the message goes out but stays pending.
     */
    private static final class CrashingNotifier implements Notifier {
        private final Notifier real;
        private boolean crashAfterNextSend;
        private int crashed;

        CrashingNotifier(Notifier real) {
            this.real = real;
        }

        int crashAfterNextSend() {
            crashAfterNextSend = true;
            return 1;
        }

        @Override
        public Either<PortFailure, Notification> send(Notification notification) {
            Either<PortFailure, Notification> sent = real.send(notification);
            if (crashAfterNextSend && sent.isRight()) {
                crashAfterNextSend = false;
                crashed++;
                throw new IllegalStateException("the process stopped after the send");
            }
            return sent;
        }
    }
}
