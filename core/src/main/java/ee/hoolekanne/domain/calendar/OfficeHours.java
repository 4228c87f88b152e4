package ee.hoolekanne.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An institution's normal working hours, as it publishes them (CAL-9, TsÜS § 137(2)): when its
 * working day ends on each weekday, and how much earlier it ends on a shortened day before a
 * holiday (CAL-3). Rule-set data of the institution, never a constant of the library: a term
 * whose act is done at the institution ends at {@link #closingOn} of its due date.
 *
 * @param institution the institution, e.g. "Tartu Varjupaik"
 * @param closes      when the working day ends, for each weekday it is open
 * @param shortenedBy how much earlier it ends on a shortened working day (zero if not)
 */
public record OfficeHours(String institution, Map<DayOfWeek, LocalTime> closes, Duration shortenedBy) {

    /** Every part is required; the map is copied and names at least one day; the shortening is not negative. */
    public OfficeHours {
        Objects.requireNonNull(institution, "institution");
        closes = Map.copyOf(new EnumMap<>(Objects.requireNonNull(closes, "closes")));
        Objects.requireNonNull(shortenedBy, "shortenedBy");
        if (closes.isEmpty() || shortenedBy.isNegative() || shortenedBy.toSecondsPart() != 0 || shortenedBy.toNanosPart() != 0
                || closes.values().stream().anyMatch(t -> t.getSecond() != 0 || t.getNano() != 0)) {
            throw new IllegalArgumentException("office hours name at least one day, in whole minutes, and do not shorten by a negative time");
        }
    }

    /** Open Monday to Friday until {@code closes}, {@code shortenedBy} earlier on a shortened day. */
    public static OfficeHours weekdays(String institution, LocalTime closes, Duration shortenedBy) {
        Map<DayOfWeek, LocalTime> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, closes);
            }
        }
        return new OfficeHours(institution, days, shortenedBy);
    }

    /**
     * When the institution's working day ends on {@code date}: its hour for the weekday, earlier
     * by {@link #shortenedBy} on a day {@code calendar} reports shortened (CAL-3). A day it is
     * closed ends at the start of the day: nothing can be done there.
     */
    public LocalTime closingOn(LocalDate date, EstonianCalendar calendar) {
        LocalTime time = closes.get(date.getDayOfWeek());
        if (time == null) {
            return LocalTime.MIDNIGHT;
        }
        return calendar.isShortenedDay(date) ? time.minus(shortenedBy) : time;
    }

    /** The end of a term due on {@code dueDate} whose act is done here (CAL-9). */
    public TermEnd.OfficeClose termEndOn(LocalDate dueDate, EstonianCalendar calendar) {
        return new TermEnd.OfficeClose(institution, closingOn(dueDate, calendar));
    }
}
