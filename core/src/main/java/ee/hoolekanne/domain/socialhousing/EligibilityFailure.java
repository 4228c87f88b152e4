package ee.hoolekanne.domain.socialhousing;

/** Which condition of TSM-2 (§ 2) an applicant does not meet. */
public enum EligibilityFailure {
    /** 1) the residence in the population register is not the municipality. */
    RESIDENCE_ELSEWHERE,
    /** 1) the population register has no residence for the applicant. */
    RESIDENCE_UNKNOWN,
    /** 2) the applicant has a possibility to use a dwelling. */
    HAS_DWELLING,
    /** 3) the applicant does not need counselling, guidance and support. */
    NO_SUPPORT_NEED
}
