package ee.hoolekanne.domain.substitutecare;

import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project that funds services for a period (AHT-1): nothing can be booked outside it.
 *
 * @param name     the project
 * @param period   when services can be provided
 * @param budget   the total budget
 * @param esf      the European Social Fund's share
 * @param national the national co-financing
 * @param funding  the funding source recorded on its services (AHT-13)
 */
public record Project(String name, EffectivePeriod period, Money budget, Money esf, Money national, FundingSource funding) {

    /** The shares add up to the budget. */
    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funding, "funding");
        if (!esf.plus(national).equals(budget)) {
            throw new IllegalArgumentException("the shares add up to the budget");
        }
    }

    /** "Raising the quality of substitute care", 2015-01-01 .. 2020-12-31, 6 MEUR (ESF 5.1, national 0.9) (AHT-1). */
    public static Project qualityOfSubstituteCare() {
        return new Project("Asendushoolduse kvaliteedi tõstmine",
                new EffectivePeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31)),
                Money.euros(6_000_000), Money.euros(5_100_000), Money.euros(900_000), FundingSource.EUROPEAN_SOCIAL_FUND);
    }

    /** AHT-1: {@code date} itself, or {@link SupportServiceError.OutsideProject}. */
    public Either<SupportServiceError, LocalDate> covers(LocalDate date) {
        return period.contains(date) ? Either.right(date) : Either.left(new SupportServiceError.OutsideProject(period));
    }
}
