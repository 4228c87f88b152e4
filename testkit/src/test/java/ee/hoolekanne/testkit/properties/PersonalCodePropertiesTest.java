package ee.hoolekanne.testkit.properties;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.PersonalCodeError;
import ee.hoolekanne.testkit.gen.Generators;
import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Either;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal codes over generated inputs; replay a failure with the printed seed. */
class PersonalCodePropertiesTest {

    private static final int SAMPLES = 10_000;

    /** The check digit, computed here independently of the library (ID-2). */
    private static int expectedCheckDigit(String code) {
        int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};
        int s1 = 0;
        int s2 = 0;
        for (int i = 0; i < 10; i++) {
            int digit = code.charAt(i) - '0';
            s1 += digit * w1[i];
            s2 += digit * w2[i];
        }
        if (s1 % 11 != 10) {
            return s1 % 11;
        }
        return s2 % 11 == 10 ? 0 : s2 % 11;
    }

    private static boolean isPlausible(String code) {
        if (!code.matches("[0-9]{11}") || code.charAt(0) == '0' || code.charAt(0) == '9') {
            return false;
        }
        int century = 1800 + (code.charAt(0) - '1') / 2 * 100;
        try {
            LocalDate.of(century + Integer.parseInt(code.substring(1, 3)),
                    Integer.parseInt(code.substring(3, 5)), Integer.parseInt(code.substring(5, 7)));
        } catch (java.time.DateTimeException e) {
            return false;
        }
        return expectedCheckDigit(code) == code.charAt(10) - '0';
    }

    @Test
    @DisplayName("ID-1 ID-2 ID-3: every generated valid code parses back to its birth date and sex")
    void validCodesParse() {
        Property.forAll("valid codes parse", SAMPLES, Generators::personalCode, code -> {
            Either<PersonalCodeError, PersonalCode> parsed = PersonalCode.parse(code.value());
            assertTrue(parsed.isRight());
            assertEquals(code.birthDate(), parsed.get().birthDate());
            assertEquals(code.sex(), parsed.get().sex());
            assertEquals(expectedCheckDigit(code.value()), code.value().charAt(10) - '0');
        });
    }

    @Test
    @DisplayName("ID-2 ID-3: every single-digit corruption is rejected, or still a plausible code with a correct checksum")
    void singleDigitCorruption() {
        Property.forAll("single-digit corruption", SAMPLES, r -> {
            String code = Generators.personalCode(r).value();
            int position = r.nextInt(11);
            char original = code.charAt(position);
            char replacement;
            do {
                replacement = (char) ('0' + r.nextInt(10));
            } while (replacement == original);
            return code.substring(0, position) + replacement + code.substring(position + 1);
        }, corrupted -> {
            Either<PersonalCodeError, PersonalCode> parsed = PersonalCode.parse(corrupted);
            assertEquals(isPlausible(corrupted), parsed.isRight());
        });
    }

    @Test
    @DisplayName("ID-3 ID-4: arbitrary strings never throw, are accepted only when valid, and errors never echo the input")
    void arbitraryStrings() {
        Property.forAll("arbitrary strings", SAMPLES, PersonalCodePropertiesTest::arbitraryString, text -> {
            Either<PersonalCodeError, PersonalCode> parsed = PersonalCode.parse(text);
            assertEquals(text != null && isPlausible(text), parsed.isRight());
            parsed.peekLeft(error -> {
                if (text != null && text.length() >= 3) {
                    assertFalse(error.message().contains(text));
                }
            });
            parsed.peek(code -> assertFalse(code.toString().contains(text)));
        });
    }

    /** Strings from Instancio (seeded from the property's random source), with digits of other scripts. */
    private static String arbitraryString(SplittableRandom r) {
        int kind = r.nextInt(4);
        if (kind == 0) {
            return Instancio.of(String.class).withSeed(r.nextLong())
                    .generate(Select.root(), gen -> gen.string().digits().length(9, 13))
                    .create();
        }
        if (kind == 1) {
            return Instancio.of(String.class).withSeed(r.nextLong())
                    .generate(Select.root(), gen -> gen.string().nullable().allowEmpty().length(0, 14)
                            .unicode(Character.UnicodeBlock.BASIC_LATIN, Character.UnicodeBlock.ARABIC,
                                    Character.UnicodeBlock.DEVANAGARI, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS))
                    .create();
        }
        String valid = Generators.personalCode(r).value();
        return kind == 2 ? " " + valid : valid;
    }
}
