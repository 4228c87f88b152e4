package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The contract of {@link HousingStockRepository}: a stock as units are added, allocated and released. */
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
}
