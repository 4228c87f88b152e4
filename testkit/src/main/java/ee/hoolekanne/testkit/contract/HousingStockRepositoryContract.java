package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.Allocation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link HousingStockRepository}: a stock as units are added, allocated and
 * released, and the free units of a kind on a date.
 */
public abstract class HousingStockRepositoryContract extends VersionedRepositoryContract<String, HousingStock> {

    /** A fresh, empty repository. */
    protected abstract HousingStockRepository newStockRepository();

    @Override
    protected final VersionedRepository<String, HousingStock> newRepository() {
        return newStockRepository();
    }

    @Override
    protected List<List<HousingStock>> histories() {
        List<List<HousingStock>> histories = new ArrayList<>();
        for (String id : List.of("tartu-shelter", "tartu-safe-house")) {
            List<HousingStock> history = new ArrayList<>();
            HousingStock stock = HousingStock.empty(id);
            history.add(stock);
            stock = SocialHousingCases.orFail(stock.withUnit(HousingUnit.bedPlace("bed-1", "Pikk 1", "room 1")));
            stock = SocialHousingCases.orFail(stock.withUnit(HousingUnit.bedPlace("bed-2", "Pikk 1", "room 1")));
            stock = SocialHousingCases.orFail(stock.withUnit(HousingUnit.separateDwelling("flat-1", "Pikk 1-3")));
            history.add(stock);
            LocalDate from = LocalDate.of(2026, 1, 5);
            stock = SocialHousingCases.orFail(stock.allocate(new UnitId("bed-1"), PlacementKind.BED_PLACE,
                    new CaseId("c-1"), from, from.plusMonths(6)));
            history.add(stock);
            stock = SocialHousingCases.orFail(stock.release(new UnitId("bed-1"), new CaseId("c-1"), from.plusMonths(2)));
            history.add(stock);
            histories.add(history);
        }
        return histories;
    }

    @Override
    protected String keyOf(HousingStock aggregate) {
        return aggregate.id();
    }

    @Override
    protected String unknownKey() {
        return "no-such-stock";
    }

    @Test
    @DisplayName("TSM-4 free bed places: findFree returns the units of a kind free on a date, in stock order, as the stored stock says")
    void findFree() {
        HousingStockRepository stocks = newStockRepository();
        SplittableRandom random = new SplittableRandom(4);
        HousingStock stock = HousingStock.empty("free-beds");
        for (int i = 0; i < 12; i++) {
            stock = SocialHousingCases.orFail(stock.withUnit(i % 4 == 3
                    ? HousingUnit.separateDwelling("flat-" + i, "Pikk " + i)
                    : HousingUnit.bedPlace("bed-" + i, "Pikk 1", "room " + (i / 4))));
        }
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int n = 0; n < 40; n++) {
            HousingUnit unit = stock.units().get(random.nextInt(stock.units().size()));
            LocalDate from = first.plusDays(random.nextInt(120));
            LocalDate until = from.plusDays(random.nextInt(30));
            if (stock.isFree(unit.id(), from, until)) {
                stock = SocialHousingCases.orFail(stock.allocate(unit.id(), unit.kind(), new CaseId("case-" + n), from, until));
            }
        }
        long version = stocks.save(stock.id(), stock, 0).getOrElseThrow(e -> new AssertionError(e.message()));
        assertFreeAsStock(stocks, stock, first.minusDays(3), first.plusDays(160));
        Allocation released = stock.allocations().get(0);
        stock = SocialHousingCases.orFail(stock.release(released.unit(), released.caseId(), released.from()));
        stocks.save(stock.id(), stock, version).getOrElseThrow(e -> new AssertionError(e.message()));
        assertFreeAsStock(stocks, stock, first.minusDays(3), first.plusDays(160));
        assertEquals(List.of(), stocks.findFree("no-such-stock", PlacementKind.BED_PLACE, first).get());
    }

    private static void assertFreeAsStock(HousingStockRepository stocks, HousingStock stock, LocalDate from, LocalDate until) {
        int partial = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            for (PlacementKind kind : PlacementKind.values()) {
                List<HousingUnit> expected = stock.freeUnits(kind, day, day);
                assertEquals(expected, stocks.findFree(stock.id(), kind, day).getOrElseThrow(e -> new AssertionError(e.message())),
                        kind + " on " + day);
                long ofKind = stock.units().stream().filter(u -> u.kind() == kind).count();
                if (!expected.isEmpty() && expected.size() < ofKind) {
                    partial++;
                }
            }
        }
        assertTrue(partial > 0, "no day had some but not all units free; the check proves nothing");
    }
}
