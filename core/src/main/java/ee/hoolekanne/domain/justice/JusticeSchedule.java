package ee.hoolekanne.domain.justice;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.decision.ProcedureRules;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the Ministry of Justice's support services run in time: the working-day calendar and the
 * services' rules (JUS-1, JUS-5). Prisoners' support cases and released prisoners' stays follow it.
 *
 * @param calendar the working-day calendar
 * @param rules    the services' rules
 * @param procedures the Administrative Procedure Act as the service applies it, by date:
 *                   competence, challenge routes (HMS-3, HMS-4)
 */
public record JusticeSchedule(EstonianCalendar calendar, JusticeRules rules, Timeline<ProcedureRules> procedures) {

    /** Every part is required. */
    public JusticeSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(procedures, "procedures");
    }

    /** The standard calendar with {@link JusticeRules#ministryOfJustice()}. */
    public static JusticeSchedule standard() {
        return new JusticeSchedule(EstonianCalendar.standard(), JusticeRules.ministryOfJustice(),
                Timeline.startingOn(ProcedureRules.HMS_IN_FORCE, ProcedureRules.JUSTICE_ACCOMMODATION));
    }

    /**
     * The procedure in force on {@code date}, the day of a decision: competence and the challenge
     * route (HMS-3, HMS-4); none before every entry.
     */
    public Option<ProcedureRules> procedureOn(LocalDate date) {
        return procedures.valueOn(date);
    }
}
