package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.port.out.HousingStockRepository;

/** Housing stocks in memory. */
public final class InMemoryHousingStockRepository extends InMemoryVersionedRepository<String, HousingStock>
        implements HousingStockRepository {
}
