package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.decision.ProcedureRules;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a city's resocialization service runs in time: the working-day calendar and its rules.
 *
 * @param calendar the working-day calendar
 * @param rules    the service's rules
 * @param procedures the Administrative Procedure Act as the service applies it, by date:
 *                   competence, challenge routes (HMS-3, HMS-4)
 */
public record ResocializationSchedule(EstonianCalendar calendar, ResocializationRules rules, Timeline<ProcedureRules> procedures) {

    /** Every part is required. */
    public ResocializationSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(procedures, "procedures");
    }

    /** Tallinn: the standard calendar and {@link ResocializationRules#tallinn()}. */
    public static ResocializationSchedule tallinn() {
        return new ResocializationSchedule(EstonianCalendar.standard(), ResocializationRules.tallinn(),
                Timeline.startingOn(ProcedureRules.HMS_IN_FORCE, ProcedureRules.TALLINN_RESOCIALIZATION));
    }

    /**
     * The procedure in force on {@code date}, the day of a decision: competence and the challenge
     * route (HMS-3, HMS-4); none before every entry.
     */
    public Option<ProcedureRules> procedureOn(LocalDate date) {
        return procedures.valueOn(date);
    }
}
