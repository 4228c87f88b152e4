package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Timeline;
import io.vavr.control.Option;

import ee.hoolekanne.domain.decision.ProcedureRules;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How one municipality runs its social housing service in time: the working-day calendar and the
 * rule sets by date. A case follows the rule set in force on the day it was submitted (TSM-1), so
 * an amended regulation applies to new applications only.
 *
 * @param calendar the working-day calendar
 * @param ruleSets the rule sets by date
 * @param procedures the Administrative Procedure Act as the service applies it, by date:
 *                   competence, challenge routes (HMS-3, HMS-4)
 */
public record SocialHousingSchedule(EstonianCalendar calendar, Timeline<SocialHousingRules> ruleSets, Timeline<ProcedureRules> procedures) {

    /** Every part is required. */
    public SocialHousingSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(ruleSets, "ruleSets");
        Objects.requireNonNull(procedures, "procedures");
    }

    /** Tartu: the standard calendar and regulation no 86. */
    public static SocialHousingSchedule tartu() {
        return new SocialHousingSchedule(EstonianCalendar.standard(), SocialHousingRules.tartu(),
                Timeline.startingOn(ProcedureRules.HMS_IN_FORCE, ProcedureRules.TARTU_SOCIAL_HOUSING));
    }

    /** The rule set in force on {@code date}, or none before every rule set. */
    public Option<SocialHousingRules> rulesOn(LocalDate date) {
        return ruleSets.valueOn(date);
    }

    /**
     * The rule set {@code application} follows: the one in force on the day it was submitted. A
     * case submitted before every rule set (which the service never opens; only imported data can
     * hold one) follows the earliest.
     */
    public SocialHousingRules rulesFor(Application application) {
        return ruleSets.valueOn(application.submittedOn()).getOrElse(() -> ruleSets.entries().get(0).value());
    }

    /**
     * The procedure in force on {@code date}, the day of a decision: competence and the challenge
     * route (HMS-3, HMS-4); none before every entry.
     */
    public Option<ProcedureRules> procedureOn(LocalDate date) {
        return procedures.valueOn(date);
    }
}
