package ee.hoolekanne.usecase.socialhousing;

import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.socialhousing.AreaCentres;
import ee.hoolekanne.domain.socialhousing.HouseRuleBook;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;

import java.util.Objects;

/**
 * How one municipality runs the service: its calendar and effective-dated rule sets, the
 * subsistence level, which housing stock and waiting list it uses, its providers' house rules and
 * its area centres.
 *
 * @param schedule      the calendar and the rule sets by date; a case follows the rule set in force when it was submitted
 * @param levels        the subsistence level by date
 * @param stockId       the housing stock's id
 * @param waitingListId the waiting list's id
 * @param houseRules    every provider's house rules by date (TSM-19): a breach names one in force
 * @param areaCentres   the area centre of each city district (TSM-6): where an adult files
 */
public record SocialHousingSettings(SocialHousingSchedule schedule, SubsistenceLevels levels, String stockId,
                                    String waitingListId, HouseRuleBook houseRules, AreaCentres areaCentres) {

    /** Every part is required. */
    public SocialHousingSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(stockId, "stockId");
        Objects.requireNonNull(waitingListId, "waitingListId");
        Objects.requireNonNull(houseRules, "houseRules");
        Objects.requireNonNull(areaCentres, "areaCentres");
    }

    /** Settings without house rules or area centres, to be given with {@link #withHouseRules} and {@link #withAreaCentres}. */
    public SocialHousingSettings(SocialHousingSchedule schedule, SubsistenceLevels levels, String stockId, String waitingListId) {
        this(schedule, levels, stockId, waitingListId, HouseRuleBook.none(), AreaCentres.none());
    }

    /**
     * Tartu: the standard calendar, regulation no 86, the Estonian subsistence level. The
     * providers' house rules and the city's area centres are not in the sources: give them with
     * {@link #withHouseRules} and {@link #withAreaCentres} (until then every house-rule breach is
     * refused, and where an application was filed is recorded but not checked).
     */
    public static SocialHousingSettings tartu(String stockId, String waitingListId) {
        return new SocialHousingSettings(SocialHousingSchedule.tartu(), SubsistenceLevels.estonia(), stockId, waitingListId);
    }

    /** These settings with {@code book} as the providers' house rules (TSM-19). */
    public SocialHousingSettings withHouseRules(HouseRuleBook book) {
        return new SocialHousingSettings(schedule, levels, stockId, waitingListId, book, areaCentres);
    }

    /** These settings with {@code centres} as the city's area centres (TSM-6). */
    public SocialHousingSettings withAreaCentres(AreaCentres centres) {
        return new SocialHousingSettings(schedule, levels, stockId, waitingListId, houseRules, centres);
    }
}
