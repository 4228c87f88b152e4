package ee.hoolekanne.domain.person;

/** Sex as encoded in the first digit of a personal code (ID-1): odd male, even female. */
public enum Sex {
    /** Odd first digit. */
    MALE,
    /** Even first digit. */
    FEMALE
}
