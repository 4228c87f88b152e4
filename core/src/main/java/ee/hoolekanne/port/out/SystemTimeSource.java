package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.decision.Delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The production {@link TimeSource}: a {@link Clock}, by default the system clock, with dates in Europe/Tallinn. */
public final class SystemTimeSource implements TimeSource {

    private final Clock clock;

    /** A time source over {@code clock}. */
    public SystemTimeSource(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The system clock. */
    public static SystemTimeSource system() {
        return new SystemTimeSource(Clock.systemUTC());
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public LocalDate today() {
        return now().atZone(Delivery.TALLINN).toLocalDate();
    }
}
