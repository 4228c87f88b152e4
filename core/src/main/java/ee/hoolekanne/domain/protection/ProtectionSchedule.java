package ee.hoolekanne.domain.protection;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.deadline.ObligationSchedule;

import java.util.List;
import java.util.Objects;

/**
 * The obligations of a protection support-person referral: the assignment (RVK-5) and unanswered information requests (RVK-6).
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 */
public record ProtectionSchedule(EstonianCalendar calendar, ProtectionRules rules) implements ObligationSchedule<ProtectionReferral> {

    /** Both parts are required. */
    public ProtectionSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }

    /** The standard calendar with {@link ProtectionRules#ska2023()}. */
    public static ProtectionSchedule standard() {
        return new ProtectionSchedule(EstonianCalendar.standard(), ProtectionRules.ska2023());
    }

    @Override
    public List<Obligation> openObligations(ProtectionReferral aCase) {
        return aCase.openObligations(calendar, rules);
    }
}
