package ee.hoolekanne.domain.supportperson;

/** Whether a support person works as a volunteer or is paid (JUS-2, AHT-13). */
public enum Engagement {
    /** A trained volunteer (JUS-2). */
    VOLUNTEER,
    /** Paid under a contract with the provider (AHT-13). */
    PAID
}
