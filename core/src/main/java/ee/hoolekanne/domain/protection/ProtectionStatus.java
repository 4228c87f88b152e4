package ee.hoolekanne.domain.protection;

/** The protection a person received in Estonia (RVK-1). */
public enum ProtectionStatus {
    /** International protection (refugee status or subsidiary protection). */
    INTERNATIONAL,
    /** Temporary protection. */
    TEMPORARY,
    /** No protection: not eligible. */
    NONE
}
