package ee.hoolekanne.domain.justice;

/** The supporting activities of the accommodation service (JUS-3). */
public enum SupportingActivity {
    /** Social counselling. */
    SOCIAL_COUNSELLING,
    /** Debt counselling. */
    DEBT_COUNSELLING,
    /** A psychologist's consultations. */
    PSYCHOLOGIST,
    /** Work on site. */
    WORK,
    /** Other activities developing independent coping. */
    OTHER_COPING_ACTIVITY
}
