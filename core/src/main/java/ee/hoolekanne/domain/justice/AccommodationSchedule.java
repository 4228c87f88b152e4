package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.deadline.ObligationSchedule;

import java.util.List;
import java.util.Objects;

/**
 * The obligations of a released prisoner's accommodation stay: its end (JUS-5); a stay already left has none.
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 */
public record AccommodationSchedule(EstonianCalendar calendar, JusticeRules rules) implements ObligationSchedule<ReleasedAccommodation> {

    /** Both parts are required. */
    public AccommodationSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link JusticeRules#ministryOfJustice()}. */
    public static AccommodationSchedule standard() {
        return new AccommodationSchedule(EstonianCalendar.standard(), JusticeRules.ministryOfJustice());
    }

    @Override
    public List<Obligation> openObligations(ReleasedAccommodation aCase) {
        return aCase instanceof ReleasedAccommodation.Staying staying ? staying.openObligations(calendar, rules) : List.of();
    }
}
