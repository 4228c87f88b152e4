package ee.hoolekanne.domain.protection;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import java.util.Objects;

/**
 * How the protection support-person service runs in time: the working-day calendar and the service's rules (RVK-4 .. RVK-6).
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 */
public record ProtectionSchedule(EstonianCalendar calendar, ProtectionRules rules) {

    /** Both parts are required. */
    public ProtectionSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link ProtectionRules#ska2023()}. */
    public static ProtectionSchedule standard() {
        return new ProtectionSchedule(EstonianCalendar.standard(), ProtectionRules.ska2023());
    }
}
