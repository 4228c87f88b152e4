package ee.hoolekanne.domain.substitutecare;

/** The project's services (AHT-2 for family-based carers, AHT-8 for substitute homes). */
public enum ServiceType {
    /** Phone counselling, nationwide (AHT-3). */
    PHONE_COUNSELLING(Audience.FAMILIES),
    /** E-mail counselling, answered within 2 working days (AHT-3). */
    EMAIL_COUNSELLING(Audience.FAMILIES),
    /** Individual psychological counselling, at most 3 sessions a family (AHT-5). */
    INDIVIDUAL_PSYCHOLOGICAL_COUNSELLING(Audience.FAMILIES),
    /** Mentoring by a mentor with personal experience (AHT-6). */
    MENTORING(Audience.FAMILIES),
    /** Closed counselling group (AHT-7). */
    GROUP_COUNSELLING(Audience.FAMILIES),
    /** One-off thematic support group; network workers may attend (AHT-7). */
    THEMATIC_SUPPORT_GROUP(Audience.FAMILIES),
    /** Group counselling for substitute-home staff (AHT-8). */
    STAFF_GROUP_COUNSELLING(Audience.SUBSTITUTE_HOMES),
    /** Individual counselling for substitute-home staff and managers (AHT-8). */
    STAFF_INDIVIDUAL_COUNSELLING(Audience.SUBSTITUTE_HOMES),
    /** Covision training, 6 days (AHT-8). */
    COVISION_TRAINING(Audience.SUBSTITUTE_HOMES),
    /** Covision groups (AHT-8). */
    COVISION_GROUP(Audience.SUBSTITUTE_HOMES),
    /** Supervision training for managers (AHT-8). */
    SUPERVISION_TRAINING(Audience.SUBSTITUTE_HOMES),
    /** Supervision groups for managers (AHT-8). */
    SUPERVISION_GROUP(Audience.SUBSTITUTE_HOMES),
    /** Remote supervision supporting internal evaluation (AHT-8). */
    REMOTE_SUPERVISION(Audience.SUBSTITUTE_HOMES);

    /** Who a service is for. */
    public enum Audience {
        /** Guardianship, foster and adoptive families, their close persons and network workers (AHT-2). */
        FAMILIES,
        /** Substitute homes' care staff and managers (AHT-8). */
        SUBSTITUTE_HOMES
    }

    private final Audience audience;

    ServiceType(Audience audience) {
        this.audience = audience;
    }

    /** Who the service is for. */
    public Audience audience() {
        return audience;
    }
}
