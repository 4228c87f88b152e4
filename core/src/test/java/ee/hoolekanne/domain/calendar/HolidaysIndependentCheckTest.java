package ee.hoolekanne.domain.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks the calendar's holidays for every supported year against a computation written
 * independently here: Easter by the Lilius–Clavius algorithm as published by Claus Tøndering
 * (a different derivation from the Meeus/Jones/Butcher algorithm the library uses), and the years
 * in which each holiday was introduced, from estonian-calendar.md.
 */
class HolidaysIndependentCheckTest {

    /** Tøndering's Gregorian Easter algorithm (Calendar FAQ, section 2.9.1). */
    private static LocalDate easter(int year) {
        int g = year % 19;
        int c = year / 100;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }

    private static List<LocalDate> expectedHolidays(int year) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate easter = easter(year);
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 2, 24));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(LocalDate.of(year, 5, 1));
        days.add(easter.plusDays(49));
        days.add(LocalDate.of(year, 6, 23));
        days.add(LocalDate.of(year, 6, 24));
        days.add(LocalDate.of(year, 8, 20)); // from 1998, the first supported year
        if (year >= 2005) {
            days.add(LocalDate.of(year, 12, 24));
        }
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        days.sort(null);
        return days;
    }

    @Test
    @DisplayName("CAL-1: the independent Easter agrees with published Easter dates")
    void independentEasterIsRight() {
        Map<Integer, LocalDate> published = Map.of(
                1998, LocalDate.of(1998, 4, 12), 2000, LocalDate.of(2000, 4, 23),
                2008, LocalDate.of(2008, 3, 23), 2011, LocalDate.of(2011, 4, 24),
                2019, LocalDate.of(2019, 4, 21), 2024, LocalDate.of(2024, 3, 31),
                2025, LocalDate.of(2025, 4, 20), 2038, LocalDate.of(2038, 4, 25),
                2100, LocalDate.of(2100, 3, 28));
        published.forEach((year, date) -> assertEquals(date, easter(year), "Easter " + year));
    }

    @Test
    @DisplayName("CAL-1 CAL-2: holidays and working days of every year 1998-2100 match the independent computation")
    void everySupportedYear() {
        EstonianCalendar calendar = EstonianCalendar.standard();
        for (int year = 1998; year <= 2100; year++) {
            List<LocalDate> expected = expectedHolidays(year);
            List<LocalDate> actual = calendar.publicHolidays(year).stream().map(PublicHoliday::date).toList();
            assertEquals(expected, actual, "holidays of " + year);
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                boolean expectedWorking = !weekend && !expected.contains(day);
                assertEquals(expectedWorking, calendar.isWorkingDay(day), "working day " + day);
            }
        }
    }
}
