package ee.hoolekanne.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an {@link EstonianCalendar} is built from, as data: the holiday rules with the
 * periods they are in force, the shortened-day rules and the range of dates the calendar answers
 * for. {@link #estonia()} is the law as of this library's release; an integrator follows a future
 * change of law by deriving new rules ({@link #withHoliday}, {@link #withSupportedUntil}) rather
 * than by changing library code.
 *
 * @param holidays       the holiday rules
 * @param shortenedDays  the shortened-day rules (CAL-3)
 * @param supportedFrom  the first date the calendar answers for
 * @param supportedUntil the last date the calendar answers for
 */
public record CalendarRules(List<HolidayRule> holidays, List<ShortenedDayRule> shortenedDays,
                            LocalDate supportedFrom, LocalDate supportedUntil) {

    /** Date on which the Day of Restoration of Independence became a day off (act in force 23.02.1998). */
    private static final LocalDate RESTORATION_DAY_IN_FORCE = LocalDate.of(1998, 2, 23);
    /** Date on which Christmas Eve became a day off (act in force 20.05.2005). */
    private static final LocalDate CHRISTMAS_EVE_IN_FORCE = LocalDate.of(2005, 5, 20);
    /** Easter-based holidays are days off since 1994. */
    private static final LocalDate EASTER_DAYS_IN_FORCE = LocalDate.of(1994, 1, 1);
    /** The Employment Contracts Act, with its § 53 on shortened days, is in force since 1 July 2009. */
    private static final LocalDate EMPLOYMENT_CONTRACTS_ACT_IN_FORCE = LocalDate.of(2009, 7, 1);

    /** Copies the lists; the range must be non-empty and the holiday keys unique. */
    public CalendarRules {
        holidays = List.copyOf(holidays);
        shortenedDays = List.copyOf(shortenedDays);
        Objects.requireNonNull(supportedFrom, "supportedFrom");
        Objects.requireNonNull(supportedUntil, "supportedUntil");
        if (supportedUntil.isBefore(supportedFrom)) {
            throw new IllegalArgumentException("supported range ends before it starts");
        }
        long distinctKeys = holidays.stream().map(HolidayRule::key).distinct().count();
        if (distinctKeys != holidays.size()) {
            throw new IllegalArgumentException("holiday keys must be unique");
        }
    }

    /**
     * The Estonian public holidays (Public Holidays and Days of National Importance Act §§ 1–2),
     * the shortened days of the Employment Contracts Act § 53 (from 2009-07-01), supported from
     * 1998-01-01 to 2100-12-31. Before 1998 the list of days off differed and is not modelled:
     * such dates are refused, never guessed.
     */
    public static CalendarRules estonia() {
        EffectivePeriod always = EffectivePeriod.ALWAYS;
        List<HolidayRule> holidays = List.of(
                new HolidayRule("NEW_YEARS_DAY", "uusaasta", "New Year's Day",
                        HolidayDate.fixed(Month.JANUARY, 1), always),
                new HolidayRule("INDEPENDENCE_DAY", "iseseisvuspäev", "Independence Day",
                        HolidayDate.fixed(Month.FEBRUARY, 24), always),
                new HolidayRule("GOOD_FRIDAY", "suur reede", "Good Friday",
                        HolidayDate.easterPlus(-2), EffectivePeriod.since(EASTER_DAYS_IN_FORCE)),
                new HolidayRule("EASTER_SUNDAY", "ülestõusmispühade 1. püha", "Easter Sunday",
                        HolidayDate.easterPlus(0), EffectivePeriod.since(EASTER_DAYS_IN_FORCE)),
                new HolidayRule("SPRING_DAY", "kevadpüha", "Spring Day",
                        HolidayDate.fixed(Month.MAY, 1), always),
                new HolidayRule("WHITSUNDAY", "nelipühade 1. püha", "Whitsunday",
                        HolidayDate.easterPlus(49), EffectivePeriod.since(EASTER_DAYS_IN_FORCE)),
                new HolidayRule("VICTORY_DAY", "võidupüha", "Victory Day",
                        HolidayDate.fixed(Month.JUNE, 23), always),
                new HolidayRule("MIDSUMMER_DAY", "jaanipäev", "Midsummer Day",
                        HolidayDate.fixed(Month.JUNE, 24), always),
                new HolidayRule("RESTORATION_OF_INDEPENDENCE_DAY", "taasiseseisvumispäev",
                        "Day of Restoration of Independence",
                        HolidayDate.fixed(Month.AUGUST, 20), EffectivePeriod.since(RESTORATION_DAY_IN_FORCE)),
                new HolidayRule("CHRISTMAS_EVE", "jõululaupäev", "Christmas Eve",
                        HolidayDate.fixed(Month.DECEMBER, 24), EffectivePeriod.since(CHRISTMAS_EVE_IN_FORCE)),
                new HolidayRule("CHRISTMAS_DAY", "esimene jõulupüha", "Christmas Day",
                        HolidayDate.fixed(Month.DECEMBER, 25), always),
                new HolidayRule("BOXING_DAY", "teine jõulupüha", "Boxing Day",
                        HolidayDate.fixed(Month.DECEMBER, 26), always));
        ShortenedDayRule eves = new ShortenedDayRule(
                Set.of("NEW_YEARS_DAY", "INDEPENDENCE_DAY", "VICTORY_DAY", "CHRISTMAS_EVE"), 3,
                EffectivePeriod.since(EMPLOYMENT_CONTRACTS_ACT_IN_FORCE));
        return new CalendarRules(holidays, List.of(eves), LocalDate.of(1998, 1, 1), LocalDate.of(2100, 12, 31));
    }

    /**
     * These rules with one more holiday, e.g. a day off introduced by a future law with its date
     * of entry into force.
     *
     * @throws IllegalArgumentException if a holiday with the same key exists
     */
    public CalendarRules withHoliday(HolidayRule holiday) {
        List<HolidayRule> list = new ArrayList<>(holidays);
        list.add(holiday);
        return new CalendarRules(list, shortenedDays, supportedFrom, supportedUntil);
    }

    /**
     * These rules with the holiday of key {@code key} ceasing to be a day off after {@code lastDay}.
     *
     * @throws IllegalArgumentException if there is no holiday with that key
     */
    public CalendarRules withHolidayRepealedAfter(String key, LocalDate lastDay) {
        if (holidays.stream().noneMatch(h -> h.key().equals(key))) {
            throw new IllegalArgumentException("no holiday with key " + key);
        }
        List<HolidayRule> list = holidays.stream()
                .map(h -> h.key().equals(key)
                        ? new HolidayRule(h.key(), h.estonianName(), h.englishName(), h.date(),
                                h.inForce().endingOn(lastDay))
                        : h)
                .toList();
        return new CalendarRules(list, shortenedDays, supportedFrom, supportedUntil);
    }

    /** These rules answering for dates up to {@code lastDay}. */
    public CalendarRules withSupportedUntil(LocalDate lastDay) {
        return new CalendarRules(holidays, shortenedDays, supportedFrom, lastDay);
    }
}
