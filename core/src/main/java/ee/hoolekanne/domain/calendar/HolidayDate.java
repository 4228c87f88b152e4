package ee.hoolekanne.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Where a holiday falls in a given year: on a fixed day of the year, or a number of days from
 * Western (Gregorian) Easter Sunday.
 */
public sealed interface HolidayDate {

    /** The date of this holiday in {@code year}. */
    LocalDate in(int year);

    /** A fixed day of the year, e.g. 24 February. */
    static HolidayDate fixed(Month month, int dayOfMonth) {
        return new Fixed(MonthDay.of(month, dayOfMonth));
    }

    /** A day relative to Easter Sunday: 0 is Easter Sunday, -2 Good Friday, 49 Whitsunday. */
    static HolidayDate easterPlus(int days) {
        return new EasterRelative(days);
    }

    /**
     * A fixed day of the year.
     *
     * @param monthDay the day; 29 February is refused because it does not occur every year
     */
    record Fixed(MonthDay monthDay) implements HolidayDate {
        /** @throws IllegalArgumentException for 29 February */
        public Fixed {
            Objects.requireNonNull(monthDay, "monthDay");
            if (monthDay.equals(MonthDay.of(2, 29))) {
                throw new IllegalArgumentException("a holiday on 29 February does not occur every year");
            }
        }

        @Override
        public LocalDate in(int year) {
            return monthDay.atYear(year);
        }
    }

    /**
     * A day relative to Western Easter Sunday.
     *
     * @param daysFromEaster days after (positive) or before (negative) Easter Sunday
     */
    record EasterRelative(int daysFromEaster) implements HolidayDate {
        @Override
        public LocalDate in(int year) {
            return easterSunday(year).plusDays(daysFromEaster);
        }
    }

    /**
     * Western (Gregorian) Easter Sunday of {@code year}, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher), valid for every Gregorian year.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
