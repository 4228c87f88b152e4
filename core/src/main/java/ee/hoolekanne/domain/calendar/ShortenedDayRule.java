package ee.hoolekanne.domain.calendar;

import java.util.Objects;
import java.util.Set;

/**
 * CAL-3: the working day immediately before certain holidays is shortened (Employment Contracts
 * Act § 53). Only the calendar day directly before the holiday counts: when it is not a working
 * day, no day is shortened. A shortened day is still a full working day for terms.
 *
 * @param beforeHolidays the keys of the {@link HolidayRule}s whose eve is shortened
 * @param hoursShorter   by how many hours the day is shorter
 * @param inForce        the dates (of the shortened day) on which the rule applies
 */
public record ShortenedDayRule(Set<String> beforeHolidays, int hoursShorter, EffectivePeriod inForce) {

    /** The keys are copied; at least one key and a positive number of hours are required. */
    public ShortenedDayRule {
        beforeHolidays = Set.copyOf(beforeHolidays);
        Objects.requireNonNull(inForce, "inForce");
        if (beforeHolidays.isEmpty()) {
            throw new IllegalArgumentException("a shortened-day rule names at least one holiday");
        }
        if (hoursShorter <= 0) {
            throw new IllegalArgumentException("hoursShorter must be positive");
        }
    }
}
