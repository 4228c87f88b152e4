package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.port.out.TimeSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The contract of {@link TimeSource}: today is the date of now in Europe/Tallinn, and time does not run back. */
public abstract class TimeSourceContract {

    /** The clock under test. */
    protected abstract TimeSource clock();

    @Test
    @DisplayName("X-3: today() is the date of now() in Europe/Tallinn")
    void todayInTallinn() {
        TimeSource clock = clock();
        Instant now = clock.now();
        assertEquals(now.atZone(Delivery.TALLINN).toLocalDate(), clock.today());
    }

    @Test
    @DisplayName("X-3: now() never runs backwards between two calls")
    void monotonic() {
        TimeSource clock = clock();
        Instant first = clock.now();
        assertFalse(clock.now().isBefore(first));
    }
}
