package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.Notifier;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract of {@link Notifier}: an accepted notification comes back as it was sent. */
public abstract class NotifierContract {

    /** The notifier under test. */
    protected abstract Notifier notifier();

    @Test
    @DisplayName("send returns the notification it accepted, every time it is sent")
    void sends() {
        Notification n = new Notification("social-housing/c-1/decision/K-1", new CaseId("c-1"), PersonalCode.of(LocalDate.of(1990, 1, 2), Sex.MALE, 3),
                Notification.Kind.DECISION, LocalDate.of(2026, 1, 5), "Your application was granted.");
        assertEquals(Either.right(n), notifier().send(n));
        assertEquals(Either.right(n), notifier().send(n));
    }
}
