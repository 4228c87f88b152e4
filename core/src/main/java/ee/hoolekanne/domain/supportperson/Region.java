package ee.hoolekanne.domain.supportperson;

/** The Social Insurance Board's child-protection regions (AHT-4). */
public enum Region {
    /** Põhja. */ NORTH,
    /** Lõuna. */ SOUTH,
    /** Lääne. */ WEST,
    /** Ida. */ EAST
}
