package ee.hoolekanne.domain.protection;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.decision.ProcedureRules;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the protection support-person service runs in time: the working-day calendar and the service's rules (RVK-4 .. RVK-6).
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 * @param procedures the Administrative Procedure Act as the service applies it, by date:
 *                   competence, challenge routes (HMS-3, HMS-4)
 */
public record ProtectionSchedule(EstonianCalendar calendar, ProtectionRules rules, Timeline<ProcedureRules> procedures) {

    /** Every part is required. */
    public ProtectionSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(procedures, "procedures");
    }

    /** The standard calendar with {@link ProtectionRules#ska2023()}. */
    public static ProtectionSchedule standard() {
        return new ProtectionSchedule(EstonianCalendar.standard(), ProtectionRules.ska2023(),
                Timeline.startingOn(ProcedureRules.HMS_IN_FORCE, ProcedureRules.TARTU_PROTECTION_REFERRAL));
    }

    /**
     * The procedure in force on {@code date}, the day of a decision: competence and the challenge
     * route (HMS-3, HMS-4); none before every entry.
     */
    public Option<ProcedureRules> procedureOn(LocalDate date) {
        return procedures.valueOn(date);
    }
}
