package ee.hoolekanne.domain.person;

/**
 * Why a string is not a valid personal code (ID-3). Each case says exactly what is wrong without
 * repeating the code itself or the birth date in it (ID-4).
 */
public sealed interface PersonalCodeError {

    /** A sentence for a user or a log, free of personal data. */
    String message();

    /** The input was null. */
    record Missing() implements PersonalCodeError {
        @Override
        public String message() {
            return "personal code is missing";
        }
    }

    /**
     * The input is not eleven characters long.
     *
     * @param length the number of characters given
     */
    record WrongLength(int length) implements PersonalCodeError {
        @Override
        public String message() {
            return "personal code must have 11 digits, got " + length + " characters";
        }
    }

    /**
     * A character is not an ASCII digit 0–9 (also: whitespace, which is never trimmed silently).
     *
     * @param position 1-based position of the first offending character
     */
    record NotAsciiDigit(int position) implements PersonalCodeError {
        @Override
        public String message() {
            return "personal code must consist of the ASCII digits 0-9; character " + position + " is not one";
        }
    }

    /** The first digit is 0 or 9, which encode no century. */
    record InvalidCenturyDigit() implements PersonalCodeError {
        @Override
        public String message() {
            return "the first digit of a personal code must be 1-8 (century and sex)";
        }
    }

    /** Digits 2–7 with the century do not form a real date (e.g. 30 February, 29 February 1900). */
    record ImpossibleBirthDate() implements PersonalCodeError {
        @Override
        public String message() {
            return "digits 2-7 of the personal code are not a real birth date";
        }
    }

    /** The last digit does not match the checksum of the first ten (ID-2). */
    record WrongCheckDigit() implements PersonalCodeError {
        @Override
        public String message() {
            return "the check digit of the personal code does not match";
        }
    }
}
