package ee.hoolekanne.domain.resocialization;

/** Who made a resocialization decision (RES-8). */
public enum DeciderRole {
    /** The head of the district government's welfare department. */
    HEAD_OF_WELFARE_DEPARTMENT,
    /** Their deputy. */
    DEPUTY_HEAD_OF_WELFARE_DEPARTMENT,
    /** Anyone else: not authorised. */
    OTHER
}
