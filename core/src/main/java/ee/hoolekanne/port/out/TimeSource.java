package ee.hoolekanne.port.out;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock: the domain never reads the wall clock, so every test can fix time.
 * {@link #today()} is the date in Europe/Tallinn at {@link #now()}.
 */
public interface TimeSource {

    /** The current instant. */
    Instant now();

    /** Today's date in Europe/Tallinn. */
    LocalDate today();
}
