package ee.hoolekanne.domain.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstonianCalendarTest {

    private final EstonianCalendar calendar = EstonianCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("CAL-1 public holidays")
    class PublicHolidays {

        @Test
        @DisplayName("CAL-1: the twelve holidays of 2025 in date order, with Estonian and English names")
        void holidaysOf2025() {
            List<PublicHoliday> holidays = calendar.publicHolidays(2025);
            List<String> expected = List.of(
                    "2025-01-01 uusaasta (New Year's Day)",
                    "2025-02-24 iseseisvuspäev (Independence Day)",
                    "2025-04-18 suur reede (Good Friday)",
                    "2025-04-20 ülestõusmispühade 1. püha (Easter Sunday)",
                    "2025-05-01 kevadpüha (Spring Day)",
                    "2025-06-08 nelipühade 1. püha (Whitsunday)",
                    "2025-06-23 võidupüha (Victory Day)",
                    "2025-06-24 jaanipäev (Midsummer Day)",
                    "2025-08-20 taasiseseisvumispäev (Day of Restoration of Independence)",
                    "2025-12-24 jõululaupäev (Christmas Eve)",
                    "2025-12-25 esimene jõulupüha (Christmas Day)",
                    "2025-12-26 teine jõulupüha (Boxing Day)");
            assertEquals(expected, holidays.stream().map(PublicHoliday::toString).toList());
            holidays.forEach(h -> assertTrue(calendar.isPublicHoliday(h.date()), h.toString()));
        }

        @Test
        @DisplayName("CAL-1: Christmas Eve is a day off from 2005 (in force 20.05.2005), not in 2004")
        void christmasEveIntroducedIn2005() {
            assertFalse(calendar.isPublicHoliday(d("2004-12-24")));
            assertTrue(calendar.isWorkingDay(d("2004-12-24")), "2004-12-24 was a Friday and a working day");
            assertTrue(calendar.isPublicHoliday(d("2005-12-24")));
            assertEquals(11, calendar.publicHolidays(2004).size());
            assertEquals(12, calendar.publicHolidays(2005).size());
        }

        @Test
        @DisplayName("CAL-1: the Day of Restoration of Independence is a day off from 1998 (act in force 23.02.1998)")
        void restorationDayFrom1998() {
            assertTrue(calendar.isPublicHoliday(d("1998-08-20")));
            assertFalse(calendar.isWorkingDay(d("1998-08-20")));
        }

        @Test
        @DisplayName("CAL-1: Easter Monday and Whit Monday are not holidays; Epiphany is not a day off")
        void mondaysAfterAreWorkingDays() {
            assertTrue(calendar.isWorkingDay(d("2025-04-21")), "Easter Monday");
            assertTrue(calendar.isWorkingDay(d("2025-06-09")), "Whit Monday");
            assertTrue(calendar.isWorkingDay(d("2025-01-06")), "Epiphany");
        }

        @Test
        @DisplayName("CAL-1: dates and years outside 1998-01-01..2100-12-31 are refused, naming the range")
        void outsideTheRangeIsRefused() {
            IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                    () -> calendar.isWorkingDay(d("1997-12-31")));
            assertTrue(before.getMessage().contains("1998-01-01..2100-12-31"), before.getMessage());
            assertThrows(IllegalArgumentException.class, () -> calendar.isPublicHoliday(d("2101-01-01")));
            assertThrows(IllegalArgumentException.class, () -> calendar.publicHolidays(1997));
            assertThrows(IllegalArgumentException.class, () -> calendar.publicHolidays(2101));
            assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(d("2100-12-30"), 5));
            assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(d("1998-01-05"), -5));
            assertTrue(calendar.isWorkingDay(d("1998-01-02")));
            assertTrue(calendar.isWorkingDay(d("2100-12-31")), "2100-12-31 is a Friday");
        }
    }

    @Nested
    @DisplayName("CAL-2 working days")
    class WorkingDays {

        @Test
        @DisplayName("CAL-2: Monday to Friday that is not a holiday; weekends are never working days")
        void weekdaysAndWeekends() {
            assertTrue(calendar.isWorkingDay(d("2025-11-21")), "Friday");
            assertFalse(calendar.isWorkingDay(d("2025-11-22")), "Saturday");
            assertFalse(calendar.isWorkingDay(d("2025-11-23")), "Sunday");
            assertFalse(calendar.isWorkingDay(d("2025-12-24")), "Christmas Eve, a Wednesday");
        }

        @Test
        @DisplayName("CAL-2: a holiday on a weekend is not moved to the next Monday")
        void noSubstituteDays() {
            // Christmas Day and Boxing Day 2027 fall on Saturday and Sunday
            assertTrue(calendar.isPublicHoliday(d("2027-12-25")));
            assertTrue(calendar.isWorkingDay(d("2027-12-27")), "Monday after is a working day");
            assertEquals(d("2027-12-25"), calendar.publicHolidays(2027).stream()
                    .filter(h -> h.key().equals("CHRISTMAS_DAY")).findFirst().orElseThrow().date());
        }

        @Test
        @DisplayName("CAL-2: 2025 has 261 weekdays, 10 of them holidays (Easter Sunday and Whitsunday fall on Sundays): 251 working days")
        void workingDaysOf2025() {
            assertEquals(251, calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31")));
        }
    }

    @Nested
    @DisplayName("CAL-3 shortened days")
    class ShortenedDays {

        @Test
        @DisplayName("CAL-3: the working day before New Year, Independence Day, Victory Day and Christmas Eve is shortened")
        void evesAreShortened() {
            assertTrue(calendar.isShortenedDay(d("2025-12-23")), "before Christmas Eve");
            assertTrue(calendar.isShortenedDay(d("2025-12-31")), "before New Year's Day");
            assertTrue(calendar.isShortenedDay(d("2026-02-23")), "before Independence Day");
            assertTrue(calendar.isShortenedDay(d("2026-06-22")), "before Victory Day");
            assertFalse(calendar.isShortenedDay(d("2026-06-23")), "Victory Day itself is a holiday");
            assertFalse(calendar.isShortenedDay(d("2025-04-17")), "before Good Friday: not in the list");
        }

        @Test
        @DisplayName("CAL-3: only the calendar day directly before counts; a weekend eve shortens no weekday")
        void weekendEveShortensNothing() {
            // 1 Jan 2024 is a Monday: 31 Dec 2023 is a Sunday, so Friday 29 Dec is a normal day
            assertFalse(calendar.isShortenedDay(d("2023-12-31")));
            assertFalse(calendar.isShortenedDay(d("2023-12-29")));
            // 24 Feb 2024 is a Saturday: Friday 23 Feb is its calendar eve and is shortened
            assertTrue(calendar.isShortenedDay(d("2024-02-23")));
        }

        @Test
        @DisplayName("CAL-3: shortened days exist from 2009-07-01 (Employment Contracts Act) and stay full working days")
        void fromEmploymentContractsAct() {
            assertFalse(calendar.isShortenedDay(d("2008-12-23")));
            assertFalse(calendar.isShortenedDay(d("2009-06-22")));
            assertTrue(calendar.isShortenedDay(d("2009-12-23")));
            assertTrue(calendar.isWorkingDay(d("2009-12-23")));
            assertEquals(d("2025-12-23"), calendar.plusWorkingDays(d("2025-12-22"), 1));
        }
    }

    @Nested
    @DisplayName("holiday rules are data")
    class RulesAsData {

        @Test
        @DisplayName("CAL-1: a holiday added by a future law counts from its date of entry into force only")
        void futureHoliday() {
            CalendarRules future = CalendarRules.estonia().withHoliday(new HolidayRule(
                    "EPIPHANY", "kolmekuningapäev", "Epiphany", HolidayDate.fixed(Month.JANUARY, 6),
                    EffectivePeriod.since(d("2030-01-01"))));
            EstonianCalendar cal = EstonianCalendar.of(future);
            assertTrue(cal.isWorkingDay(d("2029-01-05")), "2029-01-05, a Friday, before the law");
            assertFalse(cal.isWorkingDay(d("2032-01-06")), "a Tuesday after the law");
            assertTrue(calendar.isWorkingDay(d("2032-01-06")), "the standard calendar is unchanged");
            assertEquals(13, cal.publicHolidays(2030).size());
        }

        @Test
        @DisplayName("CAL-1: a repealed holiday stops being a day off after its last day")
        void repealedHoliday() {
            EstonianCalendar cal = EstonianCalendar.of(
                    CalendarRules.estonia().withHolidayRepealedAfter("SPRING_DAY", d("2040-12-31")));
            assertFalse(cal.isWorkingDay(d("2040-05-01")));
            assertTrue(cal.isWorkingDay(d("2041-05-01")), "2041-05-01 is a Wednesday");
        }
    }

    @Test
    @DisplayName("CAL-4: plusWorkingDays never counts the trigger day; an event on Saturday plus 1 working day is Monday")
    void saturdayTrigger() {
        assertEquals(d("2025-11-24"), calendar.plusWorkingDays(d("2025-11-22"), 1));
        assertEquals(d("2025-11-24"), calendar.plusWorkingDays(d("2025-11-21"), 1));
        assertEquals(d("2025-11-21"), calendar.plusWorkingDays(d("2025-11-24"), -1));
        assertEquals(d("2025-11-22"), calendar.plusWorkingDays(d("2025-11-22"), 0));
        assertEquals(1, calendar.workingDaysBetween(d("2025-11-22"), d("2025-11-24")));
        assertEquals(0, calendar.workingDaysBetween(d("2025-11-24"), d("2025-11-22")),
                "backwards: Saturday and Sunday, Monday excluded");
        assertEquals(-1, calendar.workingDaysBetween(d("2025-11-24"), d("2025-11-21")));
        assertEquals(-1, calendar.workingDaysBetween(d("2025-11-22"), d("2025-11-21")));
    }
}
