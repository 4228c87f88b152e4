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
 * on the first day of each stay within the month. Only the days of a stay are billed: a stay that
 * ended (a move, or leaving the pathway, RES-11) is billed to its last day and no further. A stay
 * the list has no row for (the shelter and a dormitory room of 3 or more beds, in the Tallinn
 * list) is a {@link ResocializationError.NoPrice} naming the row, never a zero fee; a day before
 * the first known list is a {@link ResocializationError.NoPriceList} naming the day.
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
     * @return the statement, or {@link ResocializationError.NoPrice} or {@link ResocializationError.NoPriceList}
     */
    public static Either<ResocializationError, MonthlyStatement> of(YearMonth month, List<Stay> stays, List<LaundryUse> laundry,
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
                return Either.left(new ResocializationError.NoPriceList(from, prices.firstDay()));
            }
            String share = inMonth == days ? "" : ": " + inMonth + "/" + days + " days";
            Option<PriceList.Row> row = list.get().adult(stay.stage(), stay.room());
            if (row.isEmpty()) {
                return Either.left(new ResocializationError.NoPrice(stay.stage() + ", " + stay.room().beds() + "-bed room, building "
                        + (stay.room().renovated() ? "renovated" : "not renovated") + ", adult, in the " + list.get().source()));
            }
            lines.add(new Line(row.get().label() + share, row.get().monthly().prorate(inMonth, days)));
            if (stay.children() > 0) {
                Option<PriceList.Row> child = list.get().child(stay.stage(), stay.room().renovated());
                if (child.isEmpty()) {
                    return Either.left(new ResocializationError.NoPrice(stay.stage() + ", building "
                            + (stay.room().renovated() ? "renovated" : "not renovated") + ", child, in the " + list.get().source()));
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
            if (list.isEmpty()) {
                return Either.left(new ResocializationError.NoPriceList(use.on(), prices.firstDay()));
            }
            Option<Money> price = Option.of(list.get().laundry().get(use.service()));
            if (price.isEmpty()) {
                return Either.left(new ResocializationError.NoPrice("laundry " + use.service() + ", in the " + list.get().source()));
            }
            lines.add(new Line("laundry " + use.service() + " " + use.on() + " x " + use.loads(), price.get().times(use.loads())));
        }
        Money total = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        return Either.right(new MonthlyStatement(month, lines, total));
    }
}
