package ee.hoolekanne.domain.resocialization;

/** The parts of a resocialization application (RES-7). */
public enum ApplicationPart {
    /** The applicant's name. */
    NAME,
    /** Place of residence and/or stay. */
    RESIDENCE_OR_STAY,
    /** Contact details. */
    CONTACT_DETAILS,
    /** Data on the household members who need accommodation with the applicant. */
    HOUSEHOLD_MEMBERS,
    /** Why individual counselling and guidance are needed. */
    WHY_COUNSELLING,
    /** What hinders coping independently. */
    WHAT_HINDERS,
    /** Why the socio-economic situation does not allow acquiring or renting a dwelling. */
    WHY_NO_DWELLING
}
