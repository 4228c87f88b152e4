package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.text.Texts;

import io.vavr.control.Option;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A day that is not a working day, with the reason: a public holiday (named), a weekend day, or
 * both. Deadlines list the non-working days they skipped or rolled over (CAL-8).
 *
 * @param date    the day
 * @param holiday the public holiday on that day, if any
 */
public record NonWorkingDay(LocalDate date, Option<PublicHoliday> holiday) {

    /** Both parts are required. */
    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }

    /** Whether the day is a Saturday or Sunday. */
    public boolean isWeekend() {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** E.g. {@code 2025-12-24 jõululaupäev (Christmas Eve)} or {@code 2025-12-27 Saturday}. */
    public String describe() {
        return holiday.map(PublicHoliday::toString)
                .getOrElse(() -> date + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /**
     * The day in the person's language: {@code 24.12.2025 jõululaupäev}, {@code 2025-12-24
     * jõululaupäev (Christmas Eve)}, {@code 24.12.2025 jõululaupäev (Сочельник)}, or the date and
     * the weekday.
     */
    public String describe(Locale language) {
        Texts t = Texts.of(language);
        return t.date(date) + " " + holiday.map(h -> h.name(language)).getOrElse(() -> t.weekday(date.getDayOfWeek()));
    }

    @Override
    public String toString() {
        return describe();
    }
}
