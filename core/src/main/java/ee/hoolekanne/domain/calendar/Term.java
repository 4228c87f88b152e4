package ee.hoolekanne.domain.calendar;

import java.util.Objects;

/**
 * A length of time in which something must be done: "10 working days", "one month", or, counted
 * backwards from a reference date, "one month before". Immutable.
 *
 * <p>Forward terms follow TsÜS §§ 135–137 (CAL-4 .. CAL-7). Backward terms are this library's
 * documented policy (the law states none): counted back the same way, landing on the previous
 * working day when the day reached is not one, so the act is still in time.
 *
 * @param amount    how many units; at least 1
 * @param unit      the unit
 * @param direction forward from a trigger event, or backward from a reference date
 */
public record Term(int amount, Unit unit, Direction direction) {

    /** The unit a term is counted in. */
    public enum Unit {
        /** Calendar days. */
        DAYS("day", "days"),
        /** Working days (CAL-2): Monday to Friday that is not a public holiday. */
        WORKING_DAYS("working day", "working days"),
        /** Weeks: ends on the same weekday. */
        WEEKS("week", "weeks"),
        /** Months: ends on the same day number, or the month's last day (CAL-7). */
        MONTHS("month", "months"),
        /** Years: like months. */
        YEARS("year", "years");

        private final String singular;
        private final String plural;

        Unit(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        String label(int amount) {
            return amount == 1 ? singular : plural;
        }
    }

    /** Whether a term runs forward from its trigger or backward from its reference date. */
    public enum Direction {
        /** Runs from the day after the trigger event (TsÜS § 135). */
        AFTER,
        /** Runs back from a reference date, e.g. "one month before the term ends". */
        BEFORE
    }

    /** @throws IllegalArgumentException if {@code amount} is less than 1 */
    public Term {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (amount < 1) {
            throw new IllegalArgumentException("a term is at least 1 " + unit.label(1) + ", got " + amount);
        }
    }

    /** {@code n} calendar days. */
    public static Term days(int n) {
        return new Term(n, Unit.DAYS, Direction.AFTER);
    }

    /** {@code n} working days. */
    public static Term workingDays(int n) {
        return new Term(n, Unit.WORKING_DAYS, Direction.AFTER);
    }

    /** {@code n} weeks. */
    public static Term weeks(int n) {
        return new Term(n, Unit.WEEKS, Direction.AFTER);
    }

    /** {@code n} months. */
    public static Term months(int n) {
        return new Term(n, Unit.MONTHS, Direction.AFTER);
    }

    /** {@code n} years. */
    public static Term years(int n) {
        return new Term(n, Unit.YEARS, Direction.AFTER);
    }

    /** This term counted backwards from a reference date ("one month before"). */
    public Term before() {
        return new Term(amount, unit, Direction.BEFORE);
    }

    /** Whether this term counts backwards. */
    public boolean isBackward() {
        return direction == Direction.BEFORE;
    }

    /** E.g. {@code 10 working days} or {@code 1 month before}. */
    @Override
    public String toString() {
        return amount + " " + unit.label(amount) + (isBackward() ? " before" : "");
    }
}
