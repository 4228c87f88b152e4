package ee.hoolekanne.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The closed period of dates in which a rule is in force: from {@link #from()} to
 * {@link #until()}, both inclusive. {@link LocalDate#MIN} and {@link LocalDate#MAX} stand for
 * "since before anything this library covers" and "until further notice".
 *
 * @param from  first day in force
 * @param until last day in force, not before {@code from}
 */
public record EffectivePeriod(LocalDate from, LocalDate until) {

    /** A period that covers every date. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(LocalDate.MIN, LocalDate.MAX);

    /** @throws IllegalArgumentException if {@code until} is before {@code from} */
    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** In force from {@code from} until further notice. */
    public static EffectivePeriod since(LocalDate from) {
        return new EffectivePeriod(from, LocalDate.MAX);
    }

    /** In force on every date up to and including {@code until}. */
    public static EffectivePeriod until(LocalDate until) {
        return new EffectivePeriod(LocalDate.MIN, until);
    }

    /** Whether {@code date} lies in this period (both ends inclusive). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    /** This period ending on {@code lastDay} instead, e.g. when a law repeals the rule. */
    public EffectivePeriod endingOn(LocalDate lastDay) {
        return new EffectivePeriod(from, lastDay);
    }

    @Override
    public String toString() {
        String start = from.equals(LocalDate.MIN) ? "…" : from.toString();
        String end = until.equals(LocalDate.MAX) ? "…" : until.toString();
        return start + ".." + end;
    }
}
