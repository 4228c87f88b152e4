package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.domain.calendar.Timeline;

import java.util.List;
import java.util.Objects;

/**
 * The obligations of a social housing case under the rule set in force on the day it was
 * submitted (TSM-8, TSM-13 .. TSM-15, TSM-19, TSM-23); a case submitted before every rule set has
 * none.
 *
 * @param calendar the working-day calendar
 * @param ruleSets the rule sets by date
 */
public record SocialHousingSchedule(EstonianCalendar calendar, Timeline<SocialHousingRules> ruleSets)
        implements ObligationSchedule<Application> {

    /** Both parts are required. */
    public SocialHousingSchedule {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(ruleSets, "ruleSets");
    }

    /** Tartu: the standard calendar and regulation no 86. */
    public static SocialHousingSchedule tartu() {
        return new SocialHousingSchedule(EstonianCalendar.standard(), SocialHousingRules.tartu());
    }

    @Override
    public List<Obligation> openObligations(Application aCase) {
        return ruleSets.valueOn(aCase.submittedOn())
                .map(rules -> aCase.openObligations(calendar, rules))
                .getOrElse(List.of());
    }
}
