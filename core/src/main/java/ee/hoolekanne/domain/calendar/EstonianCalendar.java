package ee.hoolekanne.domain.calendar;

import io.vavr.control.Option;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The Estonian working-day calendar (CAL-1 .. CAL-3) and the deadline arithmetic built on it
 * (CAL-4 .. CAL-8).
 *
 * <p>A working day is Monday to Friday that is not a public holiday; a holiday on a weekend is
 * not moved (CAL-2). The whole supported range is computed once when the calendar is built, so
 * {@link #isWorkingDay}, {@link #plusWorkingDays} and {@link #workingDaysBetween} take constant
 * time whatever the distance. Instances are immutable and thread-safe; {@link #standard()} is
 * shared.
 *
 * <p>Every method that takes a date refuses one outside {@link #supportedFrom()} ..
 * {@link #supportedUntil()} with an {@link IllegalArgumentException} naming the range, and so does
 * a computation whose result would leave it: the calendar never guesses.
 */
public final class EstonianCalendar {

    private static final byte WORKING = 1;
    private static final byte SHORTENED = 2;

    private final CalendarRules rules;
    private final long firstEpochDay;
    private final int size;
    /** Per day: {@link #WORKING} and {@link #SHORTENED} bits. */
    private final byte[] flags;
    /** Per day: the holiday on it, or null. */
    private final PublicHoliday[] holidayAt;
    /** {@code workingUpTo[i]}: how many working days lie in days 0..i (inclusive). */
    private final int[] workingUpTo;
    /** Day indexes of the working days, ascending. */
    private final int[] workingDays;
    /** Day indexes of the non-working days, ascending. */
    private final int[] nonWorkingDays;
    private final int firstYear;
    private final List<List<PublicHoliday>> holidaysByYear;

    private EstonianCalendar(CalendarRules rules) {
        this.rules = rules;
        this.firstEpochDay = rules.supportedFrom().toEpochDay();
        long days = rules.supportedUntil().toEpochDay() - firstEpochDay + 1;
        if (days > 1_000_000) {
            throw new IllegalArgumentException("a calendar covers at most 1,000,000 days");
        }
        this.size = (int) days;
        this.flags = new byte[size];
        this.holidayAt = new PublicHoliday[size];
        this.firstYear = rules.supportedFrom().getYear();
        int lastYear = rules.supportedUntil().getYear();

        List<List<PublicHoliday>> byYear = new ArrayList<>();
        List<PublicHoliday> all = new ArrayList<>();
        // one year beyond the range: the eve of next year's New Year's Day lies in this one
        for (int year = firstYear; year <= lastYear + 1; year++) {
            List<PublicHoliday> ofYear = new ArrayList<>();
            for (HolidayRule rule : rules.holidays()) {
                rule.in(year).forEach(ofYear::add);
            }
            ofYear.sort((a, b) -> a.date().compareTo(b.date()));
            all.addAll(ofYear);
            if (year <= lastYear) {
                List<PublicHoliday> inRange = ofYear.stream().filter(h -> inRange(h.date())).toList();
                byYear.add(inRange);
            }
        }
        this.holidaysByYear = Collections.unmodifiableList(byYear);

        for (PublicHoliday h : all) {
            if (inRange(h.date())) {
                int i = (int) (h.date().toEpochDay() - firstEpochDay);
                if (holidayAt[i] == null) {
                    holidayAt[i] = h;
                }
            }
        }
        this.workingUpTo = new int[size];
        int working = 0;
        int[] workingIdx = new int[size];
        int[] nonWorkingIdx = new int[size];
        int nonWorking = 0;
        for (int i = 0; i < size; i++) {
            DayOfWeek dow = LocalDate.ofEpochDay(firstEpochDay + i).getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            if (!weekend && holidayAt[i] == null) {
                flags[i] = WORKING;
                workingIdx[working++] = i;
            } else {
                nonWorkingIdx[nonWorking++] = i;
            }
            workingUpTo[i] = working;
        }
        this.workingDays = Arrays.copyOf(workingIdx, working);
        this.nonWorkingDays = Arrays.copyOf(nonWorkingIdx, nonWorking);

        for (ShortenedDayRule rule : rules.shortenedDays()) {
            for (PublicHoliday h : all) {
                if (!rule.beforeHolidays().contains(h.key())) {
                    continue;
                }
                LocalDate eve = h.date().minusDays(1);
                if (inRange(eve) && rule.inForce().contains(eve)) {
                    int i = (int) (eve.toEpochDay() - firstEpochDay);
                    if ((flags[i] & WORKING) != 0) {
                        flags[i] |= SHORTENED;
                    }
                }
            }
        }
    }

    private static final class Standard {
        static final EstonianCalendar INSTANCE = new EstonianCalendar(CalendarRules.estonia());
    }

    /**
     * The calendar per current Estonian law ({@link CalendarRules#estonia()}), supporting
     * 1998-01-01 to 2100-12-31. Built once and shared.
     */
    public static EstonianCalendar standard() {
        return Standard.INSTANCE;
    }

    /**
     * A calendar built from other rules, e.g. the standard rules with a holiday a future law adds.
     * Building one computes the whole range (a few milliseconds for a century): keep and reuse it.
     */
    public static EstonianCalendar of(CalendarRules rules) {
        return new EstonianCalendar(Objects.requireNonNull(rules, "rules"));
    }

    /** The rules this calendar was built from. */
    public CalendarRules rules() {
        return rules;
    }

    /** The first date this calendar answers for. */
    public LocalDate supportedFrom() {
        return rules.supportedFrom();
    }

    /** The last date this calendar answers for. */
    public LocalDate supportedUntil() {
        return rules.supportedUntil();
    }

    /** Whether {@code date} lies in the supported range. */
    public boolean supports(LocalDate date) {
        return inRange(date);
    }

    /** CAL-2: Monday to Friday and not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return (flags[index(date)] & WORKING) != 0;
    }

    /** CAL-1: whether {@code date} is a public holiday (whatever the weekday). */
    public boolean isPublicHoliday(LocalDate date) {
        return holidayAt[index(date)] != null;
    }

    /** The public holiday on {@code date}, if any. */
    public Option<PublicHoliday> holidayOn(LocalDate date) {
        return Option.of(holidayAt[index(date)]);
    }

    /**
     * CAL-3: whether {@code date} is a working day shortened by three hours because it is the eve
     * of New Year's Day, Independence Day, Victory Day or Christmas Eve (Employment Contracts Act
     * § 53, from 2009-07-01; before that always false). A shortened day is a full working day for
     * terms.
     */
    public boolean isShortenedDay(LocalDate date) {
        return (flags[index(date)] & SHORTENED) != 0;
    }

    /**
     * The public holidays of {@code year} in date order (CAL-1). A holiday that falls on a weekend
     * is listed on its own date: it is not moved (CAL-2).
     *
     * @throws IllegalArgumentException if the year lies outside the supported range
     */
    public List<PublicHoliday> publicHolidays(int year) {
        if (year < firstYear || year > supportedUntil().getYear()) {
            throw new IllegalArgumentException(
                    "year " + year + " is outside the supported range " + rangeText());
        }
        return holidaysByYear.get(year - firstYear);
    }

    /**
     * CAL-4: the {@code n}-th working day after {@code trigger}, never counting the trigger day
     * itself, whatever day it is (an event on a Saturday: one working day later is Monday). A
     * negative {@code n} counts back: the {@code |n|}-th working day before the trigger. {@code n}
     * = 0 returns the trigger unchanged. Constant time.
     *
     * @throws IllegalArgumentException if the trigger or the result lies outside the supported range
     */
    public LocalDate plusWorkingDays(LocalDate trigger, int n) {
        int i = index(trigger);
        if (n == 0) {
            return trigger;
        }
        int workingBefore = workingUpTo[i] - (flags[i] & WORKING);
        long target = n > 0 ? (long) workingUpTo[i] + n - 1 : (long) workingBefore + n;
        if (target < 0 || target >= workingDays.length) {
            throw new IllegalArgumentException(
                    n + " working days from " + trigger + " leave the supported range " + rangeText());
        }
        return dateAt(workingDays[(int) target]);
    }

    /**
     * How many working days lie after {@code fromExclusive} up to and including
     * {@code toInclusive}. When {@code toInclusive} is before {@code fromExclusive} the count runs
     * backwards and is negative: minus the working days from {@code toInclusive} (included) up to
     * {@code fromExclusive} (excluded). So for every {@code n}, positive or negative:
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. Constant time.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int from = index(fromExclusive);
        int to = index(toInclusive);
        if (to >= from) {
            return workingUpTo[to] - workingUpTo[from];
        }
        return (workingUpTo[to] - (flags[to] & WORKING)) - (workingUpTo[from] - (flags[from] & WORKING));
    }

    /** {@code date} if it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int i = index(date);
        if ((flags[i] & WORKING) != 0) {
            return date;
        }
        return plusWorkingDays(date, 1);
    }

    /** {@code date} if it is a working day, else the last working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        int i = index(date);
        if ((flags[i] & WORKING) != 0) {
            return date;
        }
        return plusWorkingDays(date, -1);
    }

    /** The non-working days from {@code first} to {@code last}, both inclusive, in date order. */
    public List<NonWorkingDay> nonWorkingDays(LocalDate first, LocalDate last) {
        int from = index(first);
        int to = index(last);
        if (to < from) {
            return List.of();
        }
        int pos = Arrays.binarySearch(nonWorkingDays, from);
        if (pos < 0) {
            pos = -pos - 1;
        }
        List<NonWorkingDay> out = new ArrayList<>();
        for (; pos < nonWorkingDays.length && nonWorkingDays[pos] <= to; pos++) {
            int i = nonWorkingDays[pos];
            out.add(new NonWorkingDay(dateAt(i), Option.of(holidayAt[i])));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The deadline of {@code term} started by an event on {@code trigger}, without a legal basis;
     * see {@link #deadline(LocalDate, Term, LegalBasis, String)}.
     */
    public Deadline deadline(LocalDate trigger, Term term) {
        return compute(trigger, term, Option.none(), Option.none());
    }

    /**
     * The deadline of {@code term} started by {@code event} on {@code trigger}, carrying its legal
     * basis (CAL-8).
     *
     * <p>Forward terms (TsÜS §§ 135–137): the term starts the day after the trigger (CAL-4). A
     * term in working days ends on the last of those working days; one in days, weeks, months or
     * years ends on the day reached (months and years: the same day number, or the month's last
     * day, CAL-7) and, if that is not a working day, on the next working day (CAL-5). The term
     * runs until 24:00 of the due date (CAL-6): see {@link Deadline#isMetBy}.
     *
     * <p>Backward terms ({@link Term#before()}, e.g. TSM-24's "one month before the term ends"):
     * counted back from the reference date {@code trigger} the same way; a day reached that is
     * not a working day moves to the <em>previous</em> working day, so the act is still in time.
     * The law states no rule for backward terms: this is the library's documented policy.
     *
     * @throws IllegalArgumentException if a date involved lies outside the supported range
     */
    public Deadline deadline(LocalDate trigger, Term term, LegalBasis basis, String event) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(event, "event");
        return compute(trigger, term, Option.some(basis), Option.some(event));
    }

    private Deadline compute(LocalDate trigger, Term term, Option<LegalBasis> basis, Option<String> event) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(term, "term");
        index(trigger);
        boolean back = term.isBackward();
        int n = term.amount();
        LocalDate nominal;
        LocalDate due;
        List<NonWorkingDay> skipped;
        if (term.unit() == Term.Unit.WORKING_DAYS) {
            due = plusWorkingDays(trigger, back ? -n : n);
            nominal = due;
            skipped = back ? nonWorkingDays(due.plusDays(1), trigger.minusDays(1))
                    : nonWorkingDays(trigger.plusDays(1), due.minusDays(1));
        } else {
            nominal = switch (term.unit()) {
                case DAYS -> back ? trigger.minusDays(n) : trigger.plusDays(n);
                case WEEKS -> back ? trigger.minusWeeks(n) : trigger.plusWeeks(n);
                case MONTHS -> back ? trigger.minusMonths(n) : trigger.plusMonths(n);
                case YEARS -> back ? trigger.minusYears(n) : trigger.plusYears(n);
                case WORKING_DAYS -> throw new AssertionError("handled above");
            };
            due = back ? workingDayOnOrBefore(nominal) : workingDayOnOrAfter(nominal);
            skipped = back ? nonWorkingDays(due.plusDays(1), nominal)
                    : nonWorkingDays(nominal, due.minusDays(1));
        }
        return new Deadline(trigger, term, due, nominal, skipped, basis, event);
    }

    private boolean inRange(LocalDate date) {
        long e = date.toEpochDay() - firstEpochDay;
        return e >= 0 && e < size;
    }

    private int index(LocalDate date) {
        long e = date.toEpochDay() - firstEpochDay;
        if (e < 0 || e >= size) {
            throw new IllegalArgumentException(
                    "date " + date + " is outside the supported range " + rangeText());
        }
        return (int) e;
    }

    private LocalDate dateAt(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index);
    }

    private String rangeText() {
        return rules.supportedFrom() + ".." + rules.supportedUntil();
    }

    @Override
    public String toString() {
        return "EstonianCalendar[" + rangeText() + ", " + rules.holidays().size() + " holiday rules]";
    }
}
