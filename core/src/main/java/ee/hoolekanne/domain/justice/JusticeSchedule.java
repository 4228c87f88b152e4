package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import java.util.Objects;

/**
 * How the Ministry of Justice's support services run in time: the working-day calendar and the
 * services' rules (JUS-1, JUS-5). Prisoners' support cases and released prisoners' stays follow it.
 *
 * @param calendar the working-day calendar
 * @param rules    the services' rules
 */
public record JusticeSchedule(EstonianCalendar calendar, JusticeRules rules) {

    /** Both parts are required. */
    public JusticeSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link JusticeRules#ministryOfJustice()}. */
    public static JusticeSchedule standard() {
        return new JusticeSchedule(EstonianCalendar.standard(), JusticeRules.ministryOfJustice());
    }
}
