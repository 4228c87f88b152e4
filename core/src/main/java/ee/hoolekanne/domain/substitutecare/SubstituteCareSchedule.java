package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import java.util.Objects;

/**
 * How the substitute-care support services run in time: the working-day calendar and the
 * services' rules (AHT-3 .. AHT-12). Youth support cases, carer families, groups and substitute
 * homes all follow it.
 *
 * @param calendar the working-day calendar
 * @param rules    the services' rules
 */
public record SubstituteCareSchedule(EstonianCalendar calendar, SubstituteCareRules rules) {

    /** Both parts are required. */
    public SubstituteCareSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link SubstituteCareRules#ska2015()}. */
    public static SubstituteCareSchedule standard() {
        return new SubstituteCareSchedule(EstonianCalendar.standard(), SubstituteCareRules.ska2015());
    }
}
