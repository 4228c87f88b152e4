package ee.hoolekanne.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.PublicHoliday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The two baselines the calendar is measured against: a naive day-by-day loop over a
 * {@link HashSet} of holiday dates, and the jollyday library (correct for Estonia from 2005 on).
 * Both walk one day at a time, which is what most hand-written code does.
 */
final class CalendarBaselines {

    /** How working days are decided, one day at a time. */
    interface DayRule {
        boolean isWorkingDay(LocalDate date);
    }

    private CalendarBaselines() {
    }

    /** A HashSet of every holiday date of the standard calendar's range. */
    static DayRule naive() {
        EstonianCalendar calendar = EstonianCalendar.standard();
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = calendar.supportedFrom().getYear(); year <= calendar.supportedUntil().getYear(); year++) {
            calendar.publicHolidays(year).stream().map(PublicHoliday::date).forEach(holidays::add);
        }
        return date -> !isWeekend(date) && !holidays.contains(date);
    }

    /** jollyday's Estonian calendar. */
    static DayRule jollyday() {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ESTONIA));
        return date -> !isWeekend(date) && !manager.isHoliday(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** The n-th working day after the trigger, walking day by day. */
    static LocalDate plusWorkingDays(DayRule rule, LocalDate trigger, int n) {
        LocalDate d = trigger;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (rule.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}, walking day by day. */
    static int workingDaysBetween(DayRule rule, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (rule.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
