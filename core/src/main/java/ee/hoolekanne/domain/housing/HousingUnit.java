package ee.hoolekanne.domain.housing;

import ee.hoolekanne.domain.household.PlacementKind;

import java.util.Objects;

/**
 * One unit of the housing stock: a separate dwelling (TSM-5) or a bed place in a room of a shared
 * dwelling (TSM-4). A room's capacity is the number of its bed places.
 *
 * @param id       the unit
 * @param kind     dwelling or bed place
 * @param dwelling the dwelling's address or name
 * @param room     the room of a bed place; for a separate dwelling, the dwelling itself
 */
public record HousingUnit(UnitId id, PlacementKind kind, String dwelling, String room) {
    /** All parts are required. */
    public HousingUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dwelling, "dwelling");
        Objects.requireNonNull(room, "room");
    }

    /** A bed place in a room. */
    public static HousingUnit bedPlace(String id, String dwelling, String room) {
        return new HousingUnit(new UnitId(id), PlacementKind.BED_PLACE, dwelling, room);
    }

    /** A separate dwelling. */
    public static HousingUnit separateDwelling(String id, String dwelling) {
        return new HousingUnit(new UnitId(id), PlacementKind.SEPARATE_DWELLING, dwelling, dwelling);
    }
}
