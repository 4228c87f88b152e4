package ee.hoolekanne.testkit.properties;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.testkit.gen.Generators;
import ee.hoolekanne.testkit.gen.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendar arithmetic laws over random dates of the whole supported range, each checked against a
 * naive day-by-day reference that walks a {@link HashSet} of holiday dates. Replay a failure with
 * the printed {@code -Dhoolekanne.seed=...}.
 */
class EstonianCalendarPropertiesTest {

    private static final int SAMPLES = 20_000;
    private static final EstonianCalendar CAL = EstonianCalendar.standard();
    /** Keeps a trigger plus or minus {@code MAX_N} working days inside the supported range. */
    private static final int MAX_N = 400;
    private static final LocalDate FIRST = CAL.supportedFrom().plusYears(2);
    private static final LocalDate LAST = CAL.supportedUntil().minusYears(2);

    private record Case(LocalDate date, int n) {
    }

    private static final Set<LocalDate> HOLIDAYS = new HashSet<>();

    static {
        for (int year = CAL.supportedFrom().getYear(); year <= CAL.supportedUntil().getYear(); year++) {
            CAL.publicHolidays(year).stream().map(PublicHoliday::date).forEach(HOLIDAYS::add);
        }
    }

    private static boolean naiveWorking(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    private static LocalDate naivePlusWorkingDays(LocalDate trigger, int n) {
        LocalDate d = trigger;
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            d = d.plusDays(step);
            if (naiveWorking(d)) {
                left--;
            }
        }
        return d;
    }

    private static Case randomCase(java.util.SplittableRandom r) {
        return new Case(Generators.date(r, FIRST, LAST), r.nextInt(1, MAX_N + 1));
    }

    @Test
    @DisplayName("CAL-2 CAL-4 CAL-5: plusWorkingDays lands on a working day, forwards and backwards")
    void landsOnWorkingDay() {
        Property.forAll("plusWorkingDays lands on a working day", SAMPLES, EstonianCalendarPropertiesTest::randomCase, c -> {
            assertTrue(CAL.isWorkingDay(CAL.plusWorkingDays(c.date(), c.n())));
            assertTrue(CAL.isWorkingDay(CAL.plusWorkingDays(c.date(), -c.n())));
        });
    }

    @Test
    @DisplayName("CAL-4: workingDaysBetween(d, plusWorkingDays(d, n)) == n, for positive and negative n")
    void betweenInvertsPlus() {
        Property.forAll("workingDaysBetween inverts plusWorkingDays", SAMPLES, EstonianCalendarPropertiesTest::randomCase, c -> {
            assertEquals(c.n(), CAL.workingDaysBetween(c.date(), CAL.plusWorkingDays(c.date(), c.n())));
            assertEquals(-c.n(), CAL.workingDaysBetween(c.date(), CAL.plusWorkingDays(c.date(), -c.n())));
        });
    }

    @Test
    @DisplayName("CAL-2 CAL-4: the precomputed calendar agrees with a naive day-by-day loop over a HashSet of holidays")
    void agreesWithNaiveReference() {
        Property.forAll("agrees with the naive reference", 5_000, EstonianCalendarPropertiesTest::randomCase, c -> {
            assertEquals(naiveWorking(c.date()), CAL.isWorkingDay(c.date()));
            assertEquals(naivePlusWorkingDays(c.date(), c.n()), CAL.plusWorkingDays(c.date(), c.n()));
            assertEquals(naivePlusWorkingDays(c.date(), -c.n()), CAL.plusWorkingDays(c.date(), -c.n()));
            LocalDate to = c.date().plusDays(c.n());
            int naiveCount = 0;
            for (LocalDate d = c.date().plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                naiveCount += naiveWorking(d) ? 1 : 0;
            }
            assertEquals(naiveCount, CAL.workingDaysBetween(c.date(), to));
        });
    }

    @Test
    @DisplayName("CAL-4: plusWorkingDays is monotone in the date and strictly increasing in n")
    void monotone() {
        Property.forAll("monotone", SAMPLES, r -> new Case[] {randomCase(r), randomCase(r)}, pair -> {
            Case a = pair[0];
            Case b = pair[1];
            LocalDate early = a.date().isBefore(b.date()) ? a.date() : b.date();
            LocalDate late = a.date().isBefore(b.date()) ? b.date() : a.date();
            assertFalse(CAL.plusWorkingDays(early, a.n()).isAfter(CAL.plusWorkingDays(late, a.n())));
            int small = Math.min(a.n(), b.n());
            int large = Math.max(a.n(), b.n());
            if (small < large) {
                assertTrue(CAL.plusWorkingDays(a.date(), small).isBefore(CAL.plusWorkingDays(a.date(), large)));
            }
        });
    }

    @Test
    @DisplayName("CAL-5 CAL-7: a month term reaches the same day number or the month's last day, then the next working day")
    void monthEndClamping() {
        Property.forAll("month-end clamping", SAMPLES,
                r -> new Case(Generators.date(r, FIRST, LAST), r.nextInt(1, 25)), c -> {
                    Deadline deadline = CAL.deadline(c.date(), Term.months(c.n()));
                    YearMonth target = YearMonth.from(c.date()).plusMonths(c.n());
                    LocalDate nominal = deadline.nominalDate();
                    assertEquals(target, YearMonth.from(nominal));
                    assertEquals(Math.min(c.date().getDayOfMonth(), target.lengthOfMonth()), nominal.getDayOfMonth());
                    assertReachedForward(deadline);
                });
    }

    @Test
    @DisplayName("CAL-4 CAL-5: a day term ends n days after the trigger or on the first working day after that")
    void dayTerms() {
        Property.forAll("day terms", SAMPLES, EstonianCalendarPropertiesTest::randomCase, c -> {
            Deadline deadline = CAL.deadline(c.date(), Term.days(c.n()));
            assertEquals(c.date().plusDays(c.n()), deadline.nominalDate());
            assertReachedForward(deadline);
        });
    }

    @Test
    @DisplayName("TSM-24 policy: a backward term lands on the last working day on or before the day reached")
    void backwardTerms() {
        Property.forAll("backward terms", SAMPLES,
                r -> new Case(Generators.date(r, FIRST, LAST), r.nextInt(1, 13)), c -> {
                    Deadline deadline = CAL.deadline(c.date(), Term.months(c.n()).before());
                    assertEquals(c.date().minusMonths(c.n()), deadline.nominalDate());
                    assertTrue(CAL.isWorkingDay(deadline.dueDate()));
                    assertFalse(deadline.dueDate().isAfter(deadline.nominalDate()));
                    for (LocalDate d = deadline.dueDate().plusDays(1); !d.isAfter(deadline.nominalDate()); d = d.plusDays(1)) {
                        assertFalse(naiveWorking(d), d + " is a working day that was passed over");
                    }
                    assertEquals(CAL.nonWorkingDays(deadline.dueDate().plusDays(1), deadline.nominalDate()),
                            deadline.skippedDays());
                });
    }

    @Test
    @DisplayName("CAL-8: a working-day deadline lists exactly the non-working days between trigger and due date")
    void workingDayDeadlineExplainsSkips() {
        Property.forAll("working-day deadline skips", 5_000, EstonianCalendarPropertiesTest::randomCase, c -> {
            Deadline deadline = CAL.deadline(c.date(), Term.workingDays(c.n()));
            long span = deadline.dueDate().toEpochDay() - c.date().toEpochDay();
            assertEquals(span, c.n() + deadline.skippedDays().size(), "every day after the trigger is counted or skipped");
            deadline.skippedDays().forEach(s -> assertFalse(naiveWorking(s.date())));
        });
    }

    private static void assertReachedForward(Deadline deadline) {
        assertTrue(CAL.isWorkingDay(deadline.dueDate()));
        assertFalse(deadline.dueDate().isBefore(deadline.nominalDate()));
        for (LocalDate d = deadline.nominalDate(); d.isBefore(deadline.dueDate()); d = d.plusDays(1)) {
            assertFalse(naiveWorking(d), d + " is a working day that was rolled over");
        }
        assertEquals(deadline.dueDate().toEpochDay() - deadline.nominalDate().toEpochDay(), deadline.skippedDays().size());
    }
}
