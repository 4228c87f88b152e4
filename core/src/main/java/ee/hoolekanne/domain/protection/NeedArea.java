package ee.hoolekanne.domain.protection;

/**
 * The problems because of which a person with protection needs assistance in fulfilling their
 * obligations and exercising their rights (RVK-1): the local government's assessment names which.
 * {@link #HEALTH} is health information: it never appears in a {@code toString()}.
 */
public enum NeedArea {
    /** Social problems. */
    SOCIAL,
    /** Economic problems. */
    ECONOMIC,
    /** Psychological problems. */
    PSYCHOLOGICAL,
    /** Health problems. */
    HEALTH
}
