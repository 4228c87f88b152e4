package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.deadline.ObligationSchedule;

import java.util.List;
import java.util.Objects;

/**
 * The obligations of a youth support-person case: the next report and the yearly assessment (AHT-12).
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 */
public record YouthSupportSchedule(EstonianCalendar calendar, SubstituteCareRules rules) implements ObligationSchedule<YouthSupport> {

    /** Both parts are required. */
    public YouthSupportSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link SubstituteCareRules#ska2015()}. */
    public static YouthSupportSchedule standard() {
        return new YouthSupportSchedule(EstonianCalendar.standard(), SubstituteCareRules.ska2015());
    }

    @Override
    public List<Obligation> openObligations(YouthSupport aCase) {
        return aCase.openObligations(calendar, rules);
    }
}
