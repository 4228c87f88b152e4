package ee.hoolekanne.benchmarks;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code plusWorkingDays} and {@code workingDaysBetween} for n = 10 and n = 250 working days, and
 * {@code isWorkingDay}, each by the precomputed {@link EstonianCalendar} ({@code table}), a naive
 * day-by-day loop over a HashSet ({@code naive}) and jollyday ({@code jollyday}). Method names are
 * {@code <operation>_<implementation>}: {@link BenchmarkMain} turns them into ratios.
 *
 * <p>Inputs are 1,024 fixed-seed random dates from 2005 to 2090 (jollyday is right from 2005),
 * cycled so no single date is cached.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    private static final int DATES = 1024;

    /** The three implementations and the random trigger dates. */
    @State(Scope.Thread)
    public static class Days {
        EstonianCalendar table;
        CalendarBaselines.DayRule naive;
        CalendarBaselines.DayRule jollyday;
        LocalDate[] from;
        int i;

        @Setup
        public void setUp() {
            table = EstonianCalendar.standard();
            naive = CalendarBaselines.naive();
            jollyday = CalendarBaselines.jollyday();
            SplittableRandom random = new SplittableRandom(20261122L);
            long first = LocalDate.of(2005, 1, 1).toEpochDay();
            long last = LocalDate.of(2090, 12, 31).toEpochDay();
            from = new LocalDate[DATES];
            for (int k = 0; k < DATES; k++) {
                from[k] = LocalDate.ofEpochDay(random.nextLong(first, last));
            }
        }

        int next() {
            i = (i + 1) & (DATES - 1);
            return i;
        }
    }

    /** A span of n working days from each trigger date. */
    @State(Scope.Thread)
    public static class Span {
        @Param({"10", "250"})
        public int n;
        LocalDate[] to;

        @Setup
        public void setUp(Days days) {
            to = new LocalDate[DATES];
            for (int k = 0; k < DATES; k++) {
                to[k] = days.table.plusWorkingDays(days.from[k], n);
            }
        }
    }

    @Benchmark
    public LocalDate plusWorkingDays_table(Days d, Span s) {
        return d.table.plusWorkingDays(d.from[d.next()], s.n);
    }

    @Benchmark
    public LocalDate plusWorkingDays_naive(Days d, Span s) {
        return CalendarBaselines.plusWorkingDays(d.naive, d.from[d.next()], s.n);
    }

    @Benchmark
    public LocalDate plusWorkingDays_jollyday(Days d, Span s) {
        return CalendarBaselines.plusWorkingDays(d.jollyday, d.from[d.next()], s.n);
    }

    @Benchmark
    public int workingDaysBetween_table(Days d, Span s) {
        int k = d.next();
        return d.table.workingDaysBetween(d.from[k], s.to[k]);
    }

    @Benchmark
    public int workingDaysBetween_naive(Days d, Span s) {
        int k = d.next();
        return CalendarBaselines.workingDaysBetween(d.naive, d.from[k], s.to[k]);
    }

    @Benchmark
    public int workingDaysBetween_jollyday(Days d, Span s) {
        int k = d.next();
        return CalendarBaselines.workingDaysBetween(d.jollyday, d.from[k], s.to[k]);
    }

    @Benchmark
    public boolean isWorkingDay_table(Days d) {
        return d.table.isWorkingDay(d.from[d.next()]);
    }

    @Benchmark
    public boolean isWorkingDay_naive(Days d) {
        return d.naive.isWorkingDay(d.from[d.next()]);
    }

    @Benchmark
    public boolean isWorkingDay_jollyday(Days d) {
        return d.jollyday.isWorkingDay(d.from[d.next()]);
    }
}
