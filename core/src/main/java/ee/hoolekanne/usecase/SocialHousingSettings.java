package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;

import java.util.Objects;

/**
 * How one municipality runs the service: its calendar, its effective-dated rule sets, the
 * subsistence level, which stock and waiting list it uses, and the name it acts under in audit
 * records.
 *
 * @param calendar      the working-day calendar
 * @param ruleSets      the rule sets by date; a case follows the rule set in force when it was submitted
 * @param levels        the subsistence level by date
 * @param stockId       the housing stock's id
 * @param waitingListId the waiting list's id
 * @param actor         who acts, for audit records (e.g. "Tartu social housing")
 */
public record SocialHousingSettings(EstonianCalendar calendar, Timeline<SocialHousingRules> ruleSets,
                                    SubsistenceLevels levels, String stockId, String waitingListId, String actor) {

    /** Every part is required. */
    public SocialHousingSettings {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(ruleSets, "ruleSets");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(stockId, "stockId");
        Objects.requireNonNull(waitingListId, "waitingListId");
        Objects.requireNonNull(actor, "actor");
    }

    /** How this municipality's cases compute their deadlines: its calendar and rule sets. */
    public SocialHousingSchedule schedule() {
        return new SocialHousingSchedule(calendar, ruleSets);
    }

    /** Tartu: the standard calendar, regulation no 86, the Estonian subsistence level. */
    public static SocialHousingSettings tartu(String stockId, String waitingListId) {
        return new SocialHousingSettings(EstonianCalendar.standard(), SocialHousingRules.tartu(),
                SubsistenceLevels.estonia(), stockId, waitingListId, "Tartu social housing");
    }
}
