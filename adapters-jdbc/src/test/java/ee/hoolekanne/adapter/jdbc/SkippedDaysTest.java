package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.NonWorkingDay;
import ee.hoolekanne.domain.calendar.PublicHoliday;
import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-column form of a deadline's skipped days reads back what was written, whatever the holidays' names hold. */
class SkippedDaysTest {

    private static final String HOSTILE = "%|;%3B%7C%25õäöü ";

    @Test
    @DisplayName("CAL-8: skipped days with holidays named with %, | and ; and their escapes round-trip exactly")
    void roundTrip() {
        Property.forAll("skipped days round-trip", 2000, random -> {
            List<NonWorkingDay> days = new ArrayList<>();
            LocalDate day = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(30_000));
            for (int i = random.nextInt(12); i > 0; i--) {
                day = day.plusDays(1 + random.nextInt(5));
                if (random.nextBoolean()) {
                    StringBuilder name = new StringBuilder();
                    for (int c = random.nextInt(8); c > 0; c--) {
                        name.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
                    }
                    days.add(new NonWorkingDay(day, Option.some(new PublicHoliday(day, "key" + name, "et " + name, "en" + name))));
                } else {
                    days.add(new NonWorkingDay(day, Option.none()));
                }
            }
            return days;
        }, days -> assertEquals(days, JdbcOpenObligations.SkippedDays.decode(JdbcOpenObligations.SkippedDays.encode(days), new HashMap<>())));
    }
}
