package ee.hoolekanne.domain.calendar;

import ee.hoolekanne.domain.text.Texts;

import java.time.LocalDate;
import java.util.Locale;
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

    /**
     * The holiday's name for a person reading {@code language}: its Estonian name, followed in
     * English or Russian by the translation in brackets (CAL-8).
     */
    public String name(Locale language) {
        Texts t = Texts.of(language);
        return switch (t.locale().getLanguage()) {
            case "en" -> estonianName + " (" + englishName + ")";
            case "ru" -> estonianName + " (" + t.getOrElse("holiday." + key, englishName) + ")";
            default -> estonianName;
        };
    }

    @Override
    public String toString() {
        return date + " " + estonianName + " (" + englishName + ")";
    }
}
