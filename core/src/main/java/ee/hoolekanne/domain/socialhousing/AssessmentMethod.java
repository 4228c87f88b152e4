package ee.hoolekanne.domain.socialhousing;

/** What the specialist's assessment rests on (TSM-7, § 7(1)). */
public enum AssessmentMethod {
    /** The data and documents of the application. */
    DOCUMENTS,
    /** An interview with the applicant. */
    INTERVIEW,
    /** An analysis of the economic situation. */
    ECONOMIC_ANALYSIS,
    /** A visit to the place of residence or stay. */
    HOME_VISIT
}
