package ee.hoolekanne.domain.socialhousing;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which the recipient did not use the service (TSM-20 9, TSM-22 4).
 *
 * @param from       first day away
 * @param until      last day away
 * @param notifiedOn when the recipient notified the provider, if they did
 */
public record Absence(LocalDate from, LocalDate until, Option<LocalDate> notifiedOn) {

    /** The period runs forward. */
    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an absence ends before it starts");
        }
    }

    /** The number of consecutive days away. */
    public long days() {
        return until.toEpochDay() - from.toEpochDay() + 1;
    }

    /** TSM-22 4): longer than {@code noticeDays} consecutive days and never notified. */
    public boolean isUnnotifiedLongAbsence(int noticeDays) {
        return days() > noticeDays && notifiedOn.isEmpty();
    }
}
