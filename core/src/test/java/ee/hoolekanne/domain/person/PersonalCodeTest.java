package ee.hoolekanne.domain.person;

import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalCodeTest {

    private static PersonalCode valid(String code) {
        return PersonalCode.parse(code).fold(e -> {
            throw new AssertionError(e.message());
        }, c -> c);
    }

    private static PersonalCodeError error(String code) {
        return PersonalCode.parse(code).fold(e -> e, c -> {
            throw new AssertionError("expected a rejection");
        });
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @DisplayName("ID-1: the first digit gives century and sex, digits 2-7 the birth date")
    @CsvSource({
            "37605030299, 1976-05-03, MALE",
            "49403136515, 1994-03-13, FEMALE",
            "60001019906, 2000-01-01, FEMALE",
            "50001010006, 2000-01-01, MALE",
            "18001010007, 1880-01-01, MALE",
    })
    void decodesBirthDateAndSex(String code, LocalDate birthDate, Sex sex) {
        PersonalCode parsed = valid(code);
        assertEquals(birthDate, parsed.birthDate());
        assertEquals(sex, parsed.sex());
        assertEquals(code, parsed.value());
    }

    @Test
    @DisplayName("ID-2: the check digit uses weights 1..9,1; when that gives 10, weights 3..9,1,2,3; when 10 again, 0")
    void checkDigitRounds() {
        assertEquals(9, PersonalCode.checkDigit(digits("3760503029")), "first round");
        assertEquals(4, PersonalCode.checkDigit(digits("3760503006")), "second round");
        assertEquals(0, PersonalCode.checkDigit(digits("4000101005")), "both rounds give 10");
        assertTrue(PersonalCode.parse("37605030064").isRight());
        assertTrue(PersonalCode.parse("40001010050").isRight());
        assertInstanceOf(PersonalCodeError.WrongCheckDigit.class, error("37605030298"));
    }

    @Test
    @DisplayName("ID-3: each kind of wrong input is rejected with its own reason")
    void rejectionsSayWhatIsWrong() {
        assertInstanceOf(PersonalCodeError.Missing.class, error(null));
        assertEquals(new PersonalCodeError.WrongLength(10), error("3760503029"));
        assertEquals(new PersonalCodeError.WrongLength(12), error("376050302999"));
        assertEquals(new PersonalCodeError.WrongLength(12), error(" 37605030299"), "whitespace is not trimmed");
        assertEquals(new PersonalCodeError.NotAsciiDigit(3), error("37a05030299"));
        assertEquals(new PersonalCodeError.NotAsciiDigit(1), error("\u0663" + "7605030299"),
                "an Arabic-Indic digit is not an ASCII digit");
        assertInstanceOf(PersonalCodeError.InvalidCenturyDigit.class, error("07605030299"));
        assertInstanceOf(PersonalCodeError.InvalidCenturyDigit.class, error("97605030299"));
        assertInstanceOf(PersonalCodeError.ImpossibleBirthDate.class, error("37602300299"), "30 February");
        assertInstanceOf(PersonalCodeError.ImpossibleBirthDate.class, error("37613010299"), "month 13");
    }

    @Test
    @DisplayName("ID-3: 1900 and 2100 are not leap years, 2000 is")
    void centuryLeapYears() {
        String leap1900 = PersonalCode.of(LocalDate.of(1904, 2, 29), Sex.MALE, 1).value().replaceFirst("^304", "300");
        assertInstanceOf(PersonalCodeError.ImpossibleBirthDate.class, error(leap1900));
        assertEquals(LocalDate.of(2000, 2, 29), PersonalCode.of(LocalDate.of(2000, 2, 29), Sex.FEMALE, 7).birthDate());
        String leap2100 = PersonalCode.of(LocalDate.of(2104, 2, 29), Sex.MALE, 1).value().replaceFirst("^704", "700");
        assertInstanceOf(PersonalCodeError.ImpossibleBirthDate.class, error(leap2100));
    }

    @Test
    @DisplayName("ID-1 ID-2: of() builds the valid code for a birth date, sex and serial")
    void buildsCodes() {
        PersonalCode code = PersonalCode.of(LocalDate.of(1976, 5, 3), Sex.MALE, 29);
        assertEquals("37605030299", code.value());
        assertEquals(code, valid("37605030299"));
        assertEquals(code.hashCode(), valid("37605030299").hashCode());
        assertNotEquals(code, valid("49403136515"));
        assertThrows(IllegalArgumentException.class, () -> PersonalCode.of(LocalDate.of(1799, 12, 31), Sex.MALE, 1));
        assertThrows(IllegalArgumentException.class, () -> PersonalCode.of(LocalDate.of(1976, 5, 3), Sex.MALE, 1000));
        assertEquals(49, code.ageOn(LocalDate.of(2026, 5, 2)));
        assertEquals(50, code.ageOn(LocalDate.of(2026, 5, 3)));
    }

    @Test
    @DisplayName("ID-4: toString and every error message keep the code and birth date out")
    void neverRevealsTheCode() {
        PersonalCode code = valid("37605030299");
        assertFalse(code.toString().contains("376"), code.toString());
        assertFalse(code.toString().contains("1976"), code.toString());
        for (String bad : new String[] {"37605030298", "37602300299", "97605030299", "3760503029x", "3760503029"}) {
            String message = error(bad).message();
            assertFalse(message.contains("37605"), message);
            assertFalse(message.contains(bad), message);
            assertFalse(error(bad).toString().contains("37605"), error(bad).toString());
        }
        Either<PersonalCodeError, PersonalCode> parsed = PersonalCode.parse("37605030299");
        assertFalse(parsed.toString().contains("37605"), parsed.toString());
    }

    private static int[] digits(String s) {
        int[] d = new int[11];
        for (int i = 0; i < s.length(); i++) {
            d[i] = s.charAt(i) - '0';
        }
        return d;
    }
}
