package ee.hoolekanne.domain.person;

import io.vavr.control.Either;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An Estonian personal identification code (isikukood, EVS 585): eleven ASCII digits
 * {@code GYYMMDDSSSC} (ID-1) with a valid check digit (ID-2). A value of this type is always
 * valid: the only ways in are {@link #parse(String)} and {@link #of(LocalDate, Sex, int)}.
 *
 * <p>The code is personal data (ID-4): {@link #toString()} masks it completely. Use
 * {@link #value()} only where the full code must leave the program (a database column, a register
 * query). Immutable; equal when the codes are equal.
 */
public final class PersonalCode {

    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private PersonalCode(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Parses and validates a personal code (ID-3). Surrounding whitespace is an error, not
     * trimmed. Never throws.
     *
     * @return the code, or the first thing wrong with it, checked in this order: missing, length,
     *         non-ASCII-digit character, century digit, birth date, check digit
     */
    public static Either<PersonalCodeError, PersonalCode> parse(String text) {
        if (text == null) {
            return Either.left(new PersonalCodeError.Missing());
        }
        if (text.length() != 11) {
            return Either.left(new PersonalCodeError.WrongLength(text.length()));
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Either.left(new PersonalCodeError.NotAsciiDigit(i + 1));
            }
            d[i] = c - '0';
        }
        if (d[0] == 0 || d[0] == 9) {
            return Either.left(new PersonalCodeError.InvalidCenturyDigit());
        }
        int century = 1800 + ((d[0] - 1) / 2) * 100;
        int year = century + d[1] * 10 + d[2];
        int month = d[3] * 10 + d[4];
        int day = d[5] * 10 + d[6];
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Either.left(new PersonalCodeError.ImpossibleBirthDate());
        }
        if (checkDigit(d) != d[10]) {
            return Either.left(new PersonalCodeError.WrongCheckDigit());
        }
        return Either.right(new PersonalCode(text, birthDate, d[0] % 2 == 1 ? Sex.MALE : Sex.FEMALE));
    }

    /**
     * The valid code for a birth date, sex and serial number (digits 8–10), with its check digit
     * computed (ID-2). Useful for test data and for registers that hand out codes.
     *
     * @param serial 0..999
     * @throws IllegalArgumentException if the birth year is outside 1800–2199 or the serial outside 0..999
     */
    public static PersonalCode of(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int year = birthDate.getYear();
        if (year < 1800 || year > 2199) {
            throw new IllegalArgumentException("a personal code encodes birth years 1800-2199 only");
        }
        if (serial < 0 || serial > 999) {
            throw new IllegalArgumentException("serial must be 0..999");
        }
        int first = (year - 1800) / 100 * 2 + (sex == Sex.MALE ? 1 : 2);
        String ten = String.format("%d%02d%02d%02d%03d", first, year % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), serial);
        int[] d = new int[11];
        for (int i = 0; i < 10; i++) {
            d[i] = ten.charAt(i) - '0';
        }
        return new PersonalCode(ten + checkDigit(d), birthDate, sex);
    }

    /** ID-2: weights 1..9,1 mod 11; if 10, weights 3..9,1,2,3 mod 11; if 10 again, 0. */
    static int checkDigit(int[] digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digits[i] * WEIGHTS_1[i];
        }
        int check = sum % 11;
        if (check != 10) {
            return check;
        }
        sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digits[i] * WEIGHTS_2[i];
        }
        check = sum % 11;
        return check == 10 ? 0 : check;
    }

    /** The full eleven-digit code. Personal data: never log it. */
    public String value() {
        return value;
    }

    /** The birth date encoded in digits 1–7. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The sex encoded in the first digit. */
    public Sex sex() {
        return sex;
    }

    /** The person's age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Always {@code PersonalCode[***********]}: the code is personal data (ID-4). */
    @Override
    public String toString() {
        return "PersonalCode[***********]";
    }
}
