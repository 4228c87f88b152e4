package ee.hoolekanne.domain.supportperson;

/** Who pays for a service (RVK-10, AHT-13, JUS-7). */
public enum FundingSource {
    /** The EU Asylum, Migration and Integration Fund and the Ministry of the Interior (RVK-10). */
    AMIF_AND_MINISTRY_OF_INTERIOR,
    /** The European Social Fund, with national co-financing (AHT-1, AHT-13, JUS-7). */
    EUROPEAN_SOCIAL_FUND,
    /** The local government's own budget. */
    LOCAL_GOVERNMENT
}
