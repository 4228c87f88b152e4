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
 * for the days of the month in use, for each bed place (each adult of a household without a child
 * has one). A partial month is prorated by days: each run of days under one subsistence level
 * costs {@code monthly fee × days / days in month}, rounded half-up to the cent, the runs are
 * added up, and the sum is multiplied by the bed places. The fee of a month is always computed
 * from all its days of service at once, so charges made before and after an extension or an early
 * end add up to exactly it, to the cent.
 */
public final class Fees {

    private Fees() {
    }

    /**
     * The bed-place fee for {@code month} of {@code places} bed places used from {@code useFrom}
     * to {@code useUntil}.
     *
     * @return the charge, or {@link SocialHousingError.NothingToCharge} when no day of the month
     *         is in use, or {@link SocialHousingError.NoSubsistenceLevel} for a day without a level
     */
    public static Either<SocialHousingError, Charge> bedPlaceFee(YearMonth month, LocalDate useFrom, LocalDate useUntil,
                                                                 SubsistenceLevels levels, Percentage share, int places) {
        if (places < 1) {
            throw new IllegalArgumentException("at least one bed place");
        }
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
        return Either.right(new Charge(month, Charge.Kind.BED_PLACE_FEE, total.times(places), String.join("; ", parts)
                + (places == 1 ? "" : "; x " + places + " bed places = " + total.times(places))));
    }

    /**
     * what {@code month} still owes, or gives back, for {@code places} bed places used from
     * {@code useFrom} to {@code useUntil}, given the month's charges so far: the month's fee for
     * its days of service, less what was charged for it (credits deducted). After an extension it
     * is the days the new term adds; after an early end, a credit of the days beyond the last.
     *
     * @return a fee or a credit; {@link SocialHousingError.AlreadyCharged} when the month's charges
     *         are its fee to the cent, {@link SocialHousingError.NothingToCharge} when the month has
     *         no day of service and nothing was charged, or {@link SocialHousingError.NoSubsistenceLevel}
     */
    public static Either<SocialHousingError, Charge> stillDue(YearMonth month, LocalDate useFrom, LocalDate useUntil, int places,
                                                              List<Charge> charges, SubsistenceLevels levels, Percentage share) {
        Money charged = charges.stream().filter(c -> c.month().equals(month) && c.kind() != Charge.Kind.ANCILLARY_COSTS)
                .map(Charge::signedAmount).reduce(Money.ZERO, Money::plus);
        Either<SocialHousingError, Charge> fee = bedPlaceFee(month, useFrom, useUntil, levels, share, places);
        if (fee.isLeft() && !(fee.getLeft() instanceof SocialHousingError.NothingToCharge)) {
            return fee;
        }
        Money due = fee.map(Charge::amount).getOrElse(Money.ZERO);
        Money difference = due.minus(charged);
        if (difference.equals(Money.ZERO)) {
            return Either.left(charged.equals(Money.ZERO) ? new SocialHousingError.NothingToCharge(month)
                    : new SocialHousingError.AlreadyCharged(month));
        }
        String explanation = fee.map(Charge::explanation).getOrElse("no day of service in the month")
                + (charged.equals(Money.ZERO) ? "" : "; less " + charged + " charged before");
        return Either.right(difference.isNegative()
                ? new Charge(month, Charge.Kind.BED_PLACE_FEE_CREDIT, Money.ZERO.minus(difference), "credit: " + explanation)
                : new Charge(month, Charge.Kind.BED_PLACE_FEE, difference, explanation));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
