package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resident's statement for a month (RES-10, X-2): accommodation by stage and room for the days
 * in each, the children's price, the laundry used, and the total, which is always the sum of the
 * lines. A partial month is prorated by days, half-up to the cent, using the price list in force
 * on the first day of each stay within the month. A stage the price list has no row for at all
 * (the shelter, in the Tallinn list) is shown with its days and no charge, saying so; a room the
 * list should price but does not is an error, never a guess.
 *
 * @param month the month
 * @param lines the lines
 * @param total the sum of the lines
 */
public record MonthlyStatement(YearMonth month, List<Line> lines, Money total) {

    /**
     * One line of a statement.
     *
     * @param description what is charged, e.g. "social housing unit, 2-4 bed room (renovated building): 12/31 days"
     * @param amount      the amount
     */
    public record Line(String description, Money amount) {
        /** Both parts are required. */
        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Copies the lines; the total is their sum. */
    public MonthlyStatement {
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        if (!lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus).equals(total)) {
            throw new IllegalArgumentException("a statement's total is the sum of its lines");
        }
    }

    /**
     * The statement of {@code month} for the stays and laundry given.
     *
     * @return the statement, or a description of the price the list lacks
     */
    public static Either<String, MonthlyStatement> of(YearMonth month, List<Stay> stays, List<LaundryUse> laundry,
                                                      Timeline<PriceList> prices) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        int days = month.lengthOfMonth();
        List<Line> lines = new ArrayList<>();
        for (Stay stay : stays) {
            LocalDate from = stay.from().isAfter(first) ? stay.from() : first;
            LocalDate until = stay.until().filter(u -> u.isBefore(last)).getOrElse(last);
            if (until.isBefore(from) || stay.stage() == Stage.INDEPENDENT_LIFE) {
                continue;
            }
            int inMonth = (int) (until.toEpochDay() - from.toEpochDay() + 1);
            Option<PriceList> list = prices.valueOn(from);
            if (list.isEmpty()) {
                return Either.left("no price list in force on " + from);
            }
            String share = inMonth == days ? "" : ": " + inMonth + "/" + days + " days";
            boolean stagePriced = list.get().rows().stream().anyMatch(r -> r.stage() == stay.stage());
            if (!stagePriced) {
                lines.add(new Line(stay.stage() + ", no price in the " + list.get().source() + share, Money.ZERO));
                continue;
            }
            Option<PriceList.Row> row = list.get().adult(stay.stage(), stay.room());
            if (row.isEmpty()) {
                return Either.left("no price for " + stay.stage() + ", " + stay.room().beds() + "-bed room, "
                        + (stay.room().renovated() ? "renovated" : "not renovated") + " building");
            }
            lines.add(new Line(row.get().label() + share, row.get().monthly().prorate(inMonth, days)));
            if (stay.children() > 0) {
                Option<PriceList.Row> child = list.get().child(stay.stage(), stay.room().renovated());
                if (child.isEmpty()) {
                    return Either.left("no child price for " + stay.stage());
                }
                lines.add(new Line(child.get().label() + " x " + stay.children() + share,
                        child.get().monthly().prorate(inMonth, days).times(stay.children())));
            }
        }
        for (LaundryUse use : laundry) {
            if (!YearMonth.from(use.on()).equals(month)) {
                continue;
            }
            Option<PriceList> list = prices.valueOn(use.on());
            Option<Money> price = list.flatMap(l -> Option.of(l.laundry().get(use.service())));
            if (price.isEmpty()) {
                return Either.left("no laundry price for " + use.service() + " on " + use.on());
            }
            lines.add(new Line("laundry " + use.service() + " " + use.on() + " x " + use.loads(), price.get().times(use.loads())));
        }
        Money total = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        return Either.right(new MonthlyStatement(month, lines, total));
    }
}
