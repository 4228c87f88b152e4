package ee.hoolekanne.benchmarks;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark compares like with like: the baselines give the calendar's answers. */
class CalendarBaselinesTest {

    @Test
    @DisplayName("CAL-2 CAL-4: naive and jollyday baselines agree with the table from 2005 on")
    void baselinesAgree() {
        EstonianCalendar table = EstonianCalendar.standard();
        CalendarBaselines.DayRule naive = CalendarBaselines.naive();
        CalendarBaselines.DayRule jollyday = CalendarBaselines.jollyday();
        for (LocalDate d = LocalDate.of(2005, 1, 1); d.getYear() < 2035; d = d.plusDays(7)) {
            for (int n : new int[] {10, 250}) {
                LocalDate expected = table.plusWorkingDays(d, n);
                assertEquals(expected, CalendarBaselines.plusWorkingDays(naive, d, n), "naive " + d + " + " + n);
                assertEquals(expected, CalendarBaselines.plusWorkingDays(jollyday, d, n), "jollyday " + d + " + " + n);
                assertEquals(n, CalendarBaselines.workingDaysBetween(naive, d, expected));
            }
        }
    }
}
