package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import java.util.Objects;

/**
 * How a city's resocialization service runs in time: the working-day calendar and its rules.
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 */
public record ResocializationSchedule(EstonianCalendar calendar, ResocializationRules rules) {

    /** Both parts are required. */
    public ResocializationSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** Tallinn: the standard calendar and {@link ResocializationRules#tallinn()}. */
    public static ResocializationSchedule tallinn() {
        return new ResocializationSchedule(EstonianCalendar.standard(), ResocializationRules.tallinn());
    }
}
