package ee.hoolekanne.domain.money;

import ee.hoolekanne.domain.calendar.Timeline;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The subsistence level by date: an effective-dated table, looked up by the date of the period it
 * is applied to (it changed mid-2022, so never by year). {@link #estonia()} holds the figures
 * known at this release; when the Riigikogu sets a new level, an integrator adds it with
 * {@link #then(LocalDate, SubsistenceLevel)} without changing library code. Immutable.
 */
public final class SubsistenceLevels {

    private final Timeline<SubsistenceLevel> timeline;

    private SubsistenceLevels(Timeline<SubsistenceLevel> timeline) {
        this.timeline = timeline;
    }

    /** A table from a timeline of levels. */
    public static SubsistenceLevels of(Timeline<SubsistenceLevel> timeline) {
        return new SubsistenceLevels(Objects.requireNonNull(timeline, "timeline"));
    }

    /**
     * The Estonian subsistence level from 2018: 140 EUR (2018), 150 EUR (2019), 200 EUR (from
     * 2022-06-01), further adults 80 % and minors 120 %. The 2023 entry restates 200 EUR; the
     * figures for 2024–2026 are UNCONFIRMED (recorded as such in {@link SubsistenceLevel#source()})
     * and carried on until replaced.
     */
    public static SubsistenceLevels estonia() {
        Percentage adult = Percentage.of(80);
        Percentage minor = Percentage.of(120);
        return new SubsistenceLevels(Timeline
                .startingOn(LocalDate.of(2018, 1, 1),
                        new SubsistenceLevel(Money.euros(140), adult, minor, "State Budget Act 2018"))
                .then(LocalDate.of(2019, 1, 1),
                        new SubsistenceLevel(Money.euros(150), adult, minor, "State Budget Act 2019"))
                .then(LocalDate.of(2022, 6, 1),
                        new SubsistenceLevel(Money.euros(200), adult, minor, "State Budget Act 2022 (amended)"))
                .then(LocalDate.of(2023, 1, 1),
                        new SubsistenceLevel(Money.euros(200), adult, minor,
                                "State Budget Act 2023; 2024-2026 UNCONFIRMED, replace when known")));
    }

    /** This table with {@code level} in force from {@code from}. */
    public SubsistenceLevels then(LocalDate from, SubsistenceLevel level) {
        return new SubsistenceLevels(timeline.then(from, level));
    }

    /** The level in force on {@code date}, or none before the table starts. */
    public Option<SubsistenceLevel> on(LocalDate date) {
        return timeline.valueOn(date);
    }

    /** The underlying timeline. */
    public Timeline<SubsistenceLevel> timeline() {
        return timeline;
    }
}
