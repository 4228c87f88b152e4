package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Generators of valid domain values from a seeded random source; see {@link Property}. */
public final class Generators {

    private Generators() {
    }

    /** A uniformly drawn date from {@code first} to {@code last}, both inclusive. */
    public static LocalDate date(SplittableRandom random, LocalDate first, LocalDate last) {
        long from = first.toEpochDay();
        long to = last.toEpochDay();
        return LocalDate.ofEpochDay(random.nextLong(from, to + 1));
    }

    /** A date in the standard calendar's supported range. */
    public static LocalDate calendarDate(SplittableRandom random) {
        EstonianCalendar calendar = EstonianCalendar.standard();
        return date(random, calendar.supportedFrom(), calendar.supportedUntil());
    }

    /** A valid personal code of a person born between 1800 and 2199. */
    public static PersonalCode personalCode(SplittableRandom random) {
        return personalCode(random, LocalDate.of(1800, 1, 1), LocalDate.of(2199, 12, 31));
    }

    /** A valid personal code of a person born between {@code bornFrom} and {@code bornUntil}. */
    public static PersonalCode personalCode(SplittableRandom random, LocalDate bornFrom, LocalDate bornUntil) {
        LocalDate birth = date(random, bornFrom, bornUntil);
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return PersonalCode.of(birth, sex, random.nextInt(1000));
    }
}
