package ee.hoolekanne.domain.casefile;

/**
 * The kinds of case of the five services. Together with its {@link CaseId}, the kind identifies a
 * case across services (the deadline watch, subject access); {@link #key()} is its stable name in
 * stored data.
 */
public enum CaseKind {
    /** A social housing case in Tartu (TSM). */
    SOCIAL_HOUSING("social-housing", Service.SOCIAL_HOUSING),
    /** A resocialization case in Tallinn (RES). */
    RESOCIALIZATION("resocialization", Service.RESOCIALIZATION),
    /** A support-person referral under international or temporary protection (RVK). */
    PROTECTION_REFERRAL("protection-referral", Service.PROTECTION),
    /** A youth leaving care and their support person (AHT-9 .. AHT-13). */
    YOUTH_SUPPORT("youth-support", Service.SUBSTITUTE_CARE),
    /** What a carer family uses of the substitute-care support services (AHT-4 .. AHT-6). */
    FAMILY_SERVICES("family-services", Service.SUBSTITUTE_CARE),
    /** A counselling or thematic support group (AHT-7). */
    COUNSELLING_GROUP("counselling-group", Service.SUBSTITUTE_CARE),
    /** A substitute home and its internal evaluations (AHT-8). */
    SUBSTITUTE_HOME("substitute-home", Service.SUBSTITUTE_CARE),
    /** A prisoner's support person (JUS-1, JUS-2). */
    PRISONER_SUPPORT("prisoner-support", Service.JUSTICE),
    /** A released prisoner's accommodation stay (JUS-3 .. JUS-5). */
    ACCOMMODATION_STAY("accommodation-stay", Service.JUSTICE);

    /** The five services. */
    public enum Service {
        /** Social housing in Tartu. */
        SOCIAL_HOUSING,
        /** Resocialization in Tallinn. */
        RESOCIALIZATION,
        /** The support person for people with international or temporary protection. */
        PROTECTION,
        /** The substitute-care support services, including youth leaving care. */
        SUBSTITUTE_CARE,
        /** Support persons and accommodation for prisoners and released prisoners. */
        JUSTICE
    }

    private final String key;
    private final Service service;

    CaseKind(String key, Service service) {
        this.key = key;
        this.service = service;
    }

    /** The stable name in stored data, e.g. {@code social-housing}. */
    public String key() {
        return key;
    }

    /** The service the case belongs to. */
    public Service service() {
        return service;
    }

    /** The kind whose {@link #key()} is {@code key}, if any. */
    public static io.vavr.control.Option<CaseKind> ofKey(String key) {
        for (CaseKind kind : values()) {
            if (kind.key.equals(key)) {
                return io.vavr.control.Option.some(kind);
            }
        }
        return io.vavr.control.Option.none();
    }
}
