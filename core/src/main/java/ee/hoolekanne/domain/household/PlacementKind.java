package ee.hoolekanne.domain.household;

/** What a household is given to live in (TSM-4, TSM-5). */
public enum PlacementKind {
    /** Part of a dwelling: a bed place in a room, for a single person (TSM-4). */
    BED_PLACE,
    /** A separate dwelling, for a family with at least one child under 18 (TSM-5). */
    SEPARATE_DWELLING
}
