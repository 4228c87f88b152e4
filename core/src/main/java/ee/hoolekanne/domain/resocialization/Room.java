package ee.hoolekanne.domain.resocialization;

import ee.hoolekanne.domain.housing.UnitId;

import java.util.Objects;

/**
 * Where a resident sleeps: the bed place, how many beds its room has and whether the building is
 * renovated — what the price list is keyed by (RES-10).
 *
 * @param unit      the bed place in the housing stock
 * @param beds      how many beds the room has
 * @param renovated whether the building is renovated
 */
public record Room(UnitId unit, int beds, boolean renovated) {
    /** At least one bed. */
    public Room {
        Objects.requireNonNull(unit, "unit");
        if (beds < 1) {
            throw new IllegalArgumentException("a room has at least one bed");
        }
    }
}
