package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.Percentage;
import ee.hoolekanne.domain.money.SubsistenceLevel;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly fee for a bed place (TSM-4, X-2): {@code share} of the subsistence level in force,
 * for the days of the month in use. A partial month is prorated by days: each run of days under
 * one subsistence level costs {@code monthly fee × days / days in month}, rounded half-up to the
 * cent, and the runs are added up.
 */
public final class Fees {

    private Fees() {
    }

    /**
     * The bed-place fee for {@code month} of a service used from {@code useFrom} to {@code useUntil}.
     *
     * @return the charge, or {@link SocialHousingError.NothingToCharge} when no day of the month
     *         is in use, or {@link SocialHousingError.NoSubsistenceLevel} for a day without a level
     */
    public static Either<SocialHousingError, Charge> bedPlaceFee(YearMonth month, LocalDate useFrom, LocalDate useUntil,
                                                                 SubsistenceLevels levels, Percentage share) {
        LocalDate from = later(month.atDay(1), useFrom);
        LocalDate until = earlier(month.atEndOfMonth(), useUntil);
        if (until.isBefore(from)) {
            return Either.left(new SocialHousingError.NothingToCharge(month));
        }
        int monthDays = month.lengthOfMonth();
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        LocalDate runStart = from;
        while (!runStart.isAfter(until)) {
            Option<SubsistenceLevel> level = levels.on(runStart);
            if (level.isEmpty()) {
                return Either.left(new SocialHousingError.NoSubsistenceLevel(runStart));
            }
            LocalDate runEnd = runStart;
            while (runEnd.isBefore(until) && levels.on(runEnd.plusDays(1)).equals(level)) {
                runEnd = runEnd.plusDays(1);
            }
            int days = (int) (runEnd.toEpochDay() - runStart.toEpochDay() + 1);
            Money monthly = level.get().firstMember().percent(share);
            Money part = monthly.prorate(days, monthDays);
            total = total.plus(part);
            parts.add(share + " of " + level.get().firstMember() + " = " + monthly
                    + (days == monthDays ? "" : " x " + days + "/" + monthDays + " days = " + part));
            runStart = runEnd.plusDays(1);
        }
        return Either.right(new Charge(month, Charge.Kind.BED_PLACE_FEE, total, String.join("; ", parts)));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
