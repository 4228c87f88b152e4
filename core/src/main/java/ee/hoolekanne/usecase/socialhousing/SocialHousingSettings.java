package ee.hoolekanne.usecase.socialhousing;

import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;

import java.util.Objects;

/**
 * How one municipality runs the service: its calendar and effective-dated rule sets, the
 * subsistence level, and which housing stock and waiting list it uses.
 *
 * @param schedule      the calendar and the rule sets by date; a case follows the rule set in force when it was submitted
 * @param levels        the subsistence level by date
 * @param stockId       the housing stock's id
 * @param waitingListId the waiting list's id
 */
public record SocialHousingSettings(SocialHousingSchedule schedule, SubsistenceLevels levels, String stockId,
                                    String waitingListId) {

    /** Every part is required. */
    public SocialHousingSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(stockId, "stockId");
        Objects.requireNonNull(waitingListId, "waitingListId");
    }

    /** Tartu: the standard calendar, regulation no 86, the Estonian subsistence level. */
    public static SocialHousingSettings tartu(String stockId, String waitingListId) {
        return new SocialHousingSettings(SocialHousingSchedule.tartu(), SubsistenceLevels.estonia(), stockId, waitingListId);
    }
}
