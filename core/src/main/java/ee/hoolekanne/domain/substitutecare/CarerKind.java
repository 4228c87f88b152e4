package ee.hoolekanne.domain.substitutecare;

/** Family-based carers (AHT-2). */
public enum CarerKind {
    /** A guardianship family. */
    GUARDIANSHIP,
    /** A foster family. */
    FOSTER,
    /** An adoptive family (also one waiting for a child). */
    ADOPTIVE
}
