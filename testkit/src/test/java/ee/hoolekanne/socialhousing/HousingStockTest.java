package ee.hoolekanne.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.StockError;
import ee.hoolekanne.domain.housing.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ee.hoolekanne.socialhousing.Fixtures.d;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HousingStockTest {

    private static final UnitId BED = new UnitId("bed-1");

    private static HousingStock stock() {
        HousingStock stock = HousingStock.empty("tartu");
        stock = orFail(stock.withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
        stock = orFail(stock.withUnit(HousingUnit.bedPlace("bed-2", "Pikk 1", "room 1")));
        return orFail(stock.withUnit(HousingUnit.separateDwelling("flat-1", "Pikk 1-3")));
    }

    @Test
    @DisplayName("TSM-4 TSM-9: a bed place is never allocated twice for overlapping periods")
    void noDoubleBooking() {
        HousingStock taken = orFail(stock().allocate(BED, PlacementKind.BED_PLACE, new CaseId("a"), d("2026-01-01"), d("2026-06-30")));
        assertInstanceOf(StockError.AlreadyAllocated.class,
                taken.allocate(BED, PlacementKind.BED_PLACE, new CaseId("b"), d("2026-06-30"), d("2026-12-31")).getLeft());
        HousingStock next = orFail(taken.allocate(BED, PlacementKind.BED_PLACE, new CaseId("b"), d("2026-07-01"), d("2026-12-31")));
        assertEquals(2, next.allocations().size());
        assertEquals(List.of("bed-2"), taken.freeUnits(PlacementKind.BED_PLACE, d("2026-03-01"), d("2026-03-01"))
                .stream().map(u -> u.id().value()).toList());
        assertThrows(IllegalArgumentException.class, () -> new HousingStock("x", stock().units(),
                List.of(taken.allocations().get(0), taken.allocations().get(0))), "the invariant holds for any construction");
    }

    @Test
    @DisplayName("TSM-4: a wish to share a room is met from the free bed places of the companion's room; a room's capacity is its bed places")
    void shareARoom() {
        HousingStock stock = orFail(stock().withUnit(HousingUnit.bedPlace("bed-3", "Pikk 1", "room 2")));
        assertEquals(2, stock.capacity("Pikk 1", "room 1"));
        assertEquals(1, stock.capacity("Pikk 1", "room 2"));
        assertEquals(List.of("bed-2"), stock.freeBedPlacesBeside(BED, d("2026-01-01"), d("2026-06-30"))
                .stream().map(u -> u.id().value()).toList());
        HousingStock full = orFail(stock.allocate(new UnitId("bed-2"), PlacementKind.BED_PLACE, new CaseId("x"),
                d("2026-03-01"), d("2026-03-31")));
        assertTrue(full.freeBedPlacesBeside(BED, d("2026-01-01"), d("2026-06-30")).isEmpty(), "no free place in that room");
        assertTrue(stock.freeBedPlacesBeside(new UnitId("flat-1"), d("2026-01-01"), d("2026-06-30")).isEmpty());
    }

    @Test
    @DisplayName("TSM-5: a family's dwelling is a separate dwelling, not a bed place")
    void wrongKind() {
        assertInstanceOf(StockError.WrongKind.class,
                stock().allocate(BED, PlacementKind.SEPARATE_DWELLING, new CaseId("a"), d("2026-01-01"), d("2026-06-30")).getLeft());
        assertInstanceOf(StockError.UnknownUnit.class,
                stock().allocate(new UnitId("nope"), PlacementKind.BED_PLACE, new CaseId("a"), d("2026-01-01"), d("2026-06-30")).getLeft());
    }

    @Test
    @DisplayName("TSM-21 TSM-25: ending frees the unit after the last day; extending needs the added days free")
    void releaseAndExtend() {
        HousingStock taken = orFail(stock().allocate(BED, PlacementKind.BED_PLACE, new CaseId("a"), d("2026-01-01"), d("2026-06-30")));
        HousingStock released = orFail(taken.release(BED, new CaseId("a"), d("2026-03-31")));
        assertTrue(released.isFree(BED, d("2026-04-01"), d("2026-12-31")));
        assertTrue(!released.isFree(BED, d("2026-03-31"), d("2026-03-31")));
        HousingStock other = orFail(taken.allocate(BED, PlacementKind.BED_PLACE, new CaseId("b"), d("2026-08-01"), d("2026-12-31")));
        assertInstanceOf(StockError.AlreadyAllocated.class, other.extend(BED, new CaseId("a"), d("2026-09-30")).getLeft());
        HousingStock extended = orFail(other.extend(BED, new CaseId("a"), d("2026-07-31")));
        assertTrue(!extended.isFree(BED, d("2026-07-31"), d("2026-07-31")));
        assertInstanceOf(StockError.NotAllocated.class, taken.release(BED, new CaseId("zzz"), d("2026-03-31")).getLeft());
        // found by SocialHousingPropertiesTest: a decision lapsing after the term already ended releases nothing more
        assertEquals(taken, orFail(taken.release(BED, new CaseId("a"), d("2026-07-15"))));
        assertEquals(released, orFail(released.release(BED, new CaseId("a"), d("2026-03-31"))), "idempotent");
    }
}
