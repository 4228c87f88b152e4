package ee.hoolekanne.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday on a concrete date (CAL-1).
 *
 * @param date         the day
 * @param key          the key of the {@link HolidayRule} it comes from
 * @param estonianName e.g. {@code jõululaupäev}
 * @param englishName  e.g. {@code Christmas Eve}
 */
public record PublicHoliday(LocalDate date, String key, String estonianName, String englishName) {

    /** All parts are required. */
    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(estonianName, "estonianName");
        Objects.requireNonNull(englishName, "englishName");
    }

    @Override
    public String toString() {
        return date + " " + estonianName + " (" + englishName + ")";
    }
}
