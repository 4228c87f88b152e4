package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.law.Rule;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {

    private final EstonianCalendar calendar = EstonianCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Term term(int amount, String unit) {
        return switch (unit) {
            case "d" -> Term.days(amount);
            case "wd" -> Term.workingDays(amount);
            case "w" -> Term.weeks(amount);
            case "m" -> Term.months(amount);
            case "y" -> Term.years(amount);
            default -> throw new IllegalArgumentException(unit);
        };
    }

    @ParameterizedTest(name = "{0} + {1}{2} -> {3}")
    @DisplayName("CAL-4 CAL-5 CAL-7: the worked examples of estonian-calendar.md")
    @CsvSource({
            "2025-11-21, 30, d, 2025-12-22",
            "2025-11-24, 30, d, 2025-12-29",
            "2025-01-31, 1, m, 2025-02-28",
            "2025-12-19, 5, wd, 2025-12-31",
            "2026-08-06, 14, d, 2026-08-21",
    })
    void workedExamples(String trigger, int amount, String unit, String due) {
        assertEquals(d(due), calendar.deadline(d(trigger), term(amount, unit)).dueDate());
    }

    @Test
    @DisplayName("CAL-4: the day of the event is not counted: 1 day after Monday is Tuesday")
    void termStartsTheDayAfter() {
        assertEquals(d("2025-11-25"), calendar.deadline(d("2025-11-24"), Term.days(1)).dueDate());
        assertEquals(d("2025-11-25"), calendar.deadline(d("2025-11-24"), Term.workingDays(1)).dueDate());
    }

    @Test
    @DisplayName("CAL-5: a working-day term ends on its last working day, even when that is the eve of a holiday")
    void workingDayTermEndsOnLastWorkingDay() {
        Deadline deadline = calendar.deadline(d("2025-12-16"), Term.workingDays(5));
        assertEquals(d("2025-12-23"), deadline.dueDate());
        assertFalse(deadline.wasMoved());
    }

    @Test
    @DisplayName("CAL-5: a week term ends on the same weekday, moved off a holiday to the next working day")
    void weeksEndOnSameWeekday() {
        assertEquals(d("2025-12-01"), calendar.deadline(d("2025-11-24"), Term.weeks(1)).dueDate());
        // 2025-12-17 (Wed) + 1 week = Christmas Eve -> Monday 29 Dec
        assertEquals(d("2025-12-29"), calendar.deadline(d("2025-12-17"), Term.weeks(1)).dueDate());
    }

    @Test
    @DisplayName("CAL-7: months end on the same day number or the month's last day; 1900 and 2100 are not leap years")
    void monthEnds() {
        assertEquals(d("2024-02-29"), calendar.deadline(d("2024-01-31"), Term.months(1)).dueDate());
        assertEquals(d("2025-04-30"), calendar.deadline(d("2025-03-31"), Term.months(1)).dueDate());
        // 2100-01-31 + 1 month = 2100-02-28 (a Sunday) -> Monday 2100-03-01
        Deadline d2100 = calendar.deadline(d("2100-01-31"), Term.months(1));
        assertEquals(d("2100-02-28"), d2100.nominalDate());
        assertEquals(d("2100-03-01"), d2100.dueDate());
        // a year from 29 Feb ends on 28 Feb (2025-02-28 is a Friday)
        assertEquals(d("2025-02-28"), calendar.deadline(d("2024-02-29"), Term.years(1)).dueDate());
    }

    @Test
    @DisplayName("CAL-6: an act on the due date is in time, the next day it is late")
    void endsAtMidnightOfDueDate() {
        Deadline deadline = calendar.deadline(d("2025-12-19"), Term.workingDays(5));
        assertTrue(deadline.isMetBy(d("2025-12-31")));
        assertFalse(deadline.isMetBy(d("2026-01-02")));
        assertFalse(deadline.isOverdueOn(d("2025-12-31")));
        assertTrue(deadline.isOverdueOn(d("2026-01-01")));
    }

    @Test
    @DisplayName("CAL-8: a working-day deadline lists the weekend days and named holidays it did not count, and its basis")
    void explainsWorkingDayTerm() {
        LegalBasis basis = LegalBasis.of(Rule.TSM_8, "Tartu City regulation no 86 § 7(2)");
        Deadline deadline = calendar.deadline(d("2025-12-19"), Term.workingDays(5), basis, "complete application submitted");
        assertEquals(d("2025-12-19"), deadline.trigger());
        assertEquals(Term.workingDays(5), deadline.term());
        assertEquals(Option.some(basis), deadline.legalBasis());
        assertEquals(Option.some("complete application submitted"), deadline.event());
        List<String> skipped = deadline.skippedDays().stream().map(NonWorkingDay::describe).toList();
        assertEquals(List.of(
                "2025-12-20 Saturday", "2025-12-21 Sunday",
                "2025-12-24 jõululaupäev (Christmas Eve)",
                "2025-12-25 esimene jõulupüha (Christmas Day)",
                "2025-12-26 teine jõulupüha (Boxing Day)",
                "2025-12-27 Saturday", "2025-12-28 Sunday"), skipped);
        String text = deadline.explain();
        assertTrue(text.startsWith("Due 2025-12-31 (Wednesday): 5 working days counted from the day after 2025-12-19"), text);
        assertTrue(text.contains("jõululaupäev (Christmas Eve)"), text);
        assertTrue(text.contains("TSM-8, Tartu City regulation no 86 § 7(2)"), text);
    }

    @Test
    @DisplayName("CAL-8: a calendar-day deadline names the holidays and weekend it rolled over")
    void explainsRollOver() {
        Deadline deadline = calendar.deadline(d("2025-11-24"), Term.days(30));
        assertEquals(d("2025-12-24"), deadline.nominalDate());
        assertTrue(deadline.wasMoved());
        assertEquals(List.of(d("2025-12-24"), d("2025-12-25"), d("2025-12-26"), d("2025-12-27"), d("2025-12-28")),
                deadline.skippedDays().stream().map(NonWorkingDay::date).toList());
        assertTrue(deadline.skippedDays().get(0).holiday().isDefined());
        assertTrue(deadline.skippedDays().get(3).isWeekend());
        assertTrue(deadline.explain().contains("moved to the next working day"), deadline.explain());
    }

    @Test
    @DisplayName("CAL-8: a deadline that needs no move says the day reached is a working day and skips nothing")
    void noRollOver() {
        Deadline deadline = calendar.deadline(d("2025-01-31"), Term.months(1));
        assertFalse(deadline.wasMoved());
        assertTrue(deadline.skippedDays().isEmpty());
        assertTrue(deadline.explain().contains("a working day"), deadline.explain());
    }

    @Test
    @DisplayName("TSM-24 backward term: one month before lands on the previous working day when needed")
    void backwardTerms() {
        // service ends 2026-03-01 (Sunday): one month before is 2026-02-01, a Sunday -> Friday 2026-01-30
        Deadline deadline = calendar.deadline(d("2026-03-01"), Term.months(1).before());
        assertEquals(d("2026-02-01"), deadline.nominalDate());
        assertEquals(d("2026-01-30"), deadline.dueDate());
        assertEquals(List.of(d("2026-01-31"), d("2026-02-01")),
                deadline.skippedDays().stream().map(NonWorkingDay::date).toList());
        assertTrue(deadline.explain().contains("previous working day"), deadline.explain());
        // one month before 2026-07-24 is 2026-06-24, Midsummer Day (Wed) -> 2026-06-22 (Mon; 23 Jun is Victory Day)
        assertEquals(d("2026-06-22"), calendar.deadline(d("2026-07-24"), Term.months(1).before()).dueDate());
        // 3 working days before Monday 2025-12-29: Tue 23, Mon 22, Fri 19? -> 23 Dec, 22 Dec, 19 Dec
        assertEquals(d("2025-12-19"), calendar.deadline(d("2025-12-29"), Term.workingDays(3).before()).dueDate());
    }

    @Test
    @DisplayName("CAL-4: a term is at least one unit")
    void termsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> Term.days(0));
        assertThrows(IllegalArgumentException.class, () -> Term.workingDays(-3));
        assertEquals("10 working days", Term.workingDays(10).toString());
        assertEquals("1 month before", Term.months(1).before().toString());
    }
}
