package ee.hoolekanne.domain.calendar;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday as data: its stable key, its names, where it falls, and the period in which
 * the law makes it a day off (CAL-1).
 *
 * @param key           stable identifier, e.g. {@code CHRISTMAS_EVE}; shortened-day rules refer to it
 * @param estonianName  the name in the Public Holidays and Days of National Importance Act
 * @param englishName   the English name
 * @param date          where it falls in a year
 * @param inForce       the dates on which it is a day off (checked against the holiday's own date)
 */
public record HolidayRule(String key, String estonianName, String englishName, HolidayDate date,
                          EffectivePeriod inForce) {

    /** All parts are required; the key and names must not be blank. */
    public HolidayRule {
        requireText(key, "key");
        requireText(estonianName, "estonianName");
        requireText(englishName, "englishName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(inForce, "inForce");
    }

    /** The holiday in {@code year}, if the rule is in force on its date that year. */
    public Option<PublicHoliday> in(int year) {
        LocalDate day = date.in(year);
        return inForce.contains(day)
                ? Option.some(new PublicHoliday(day, key, estonianName, englishName))
                : Option.none();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
