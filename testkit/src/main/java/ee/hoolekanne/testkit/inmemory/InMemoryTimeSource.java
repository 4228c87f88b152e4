package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.port.out.TimeSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests set: it stands still until told otherwise. */
public final class InMemoryTimeSource implements TimeSource {

    private final AtomicReference<Instant> now;

    /** A clock at 09:00 Tallinn time on {@code date}. */
    public InMemoryTimeSource(LocalDate date) {
        this.now = new AtomicReference<>(at(date));
    }

    private static Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(9, 0)).atZone(Delivery.TALLINN).toInstant();
    }

    /** Moves the clock to 09:00 on {@code date}. */
    public void set(LocalDate date) {
        now.set(at(date));
    }

    /** Moves the clock on by {@code duration}. */
    public void advance(java.time.Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public LocalDate today() {
        return now.get().atZone(Delivery.TALLINN).toLocalDate();
    }
}
