package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Housing stocks as JSON files, in {@code housing-stock/}. */
final class JsonFileHousingStockRepository implements HousingStockRepository {

    private final JsonFileStore<HousingStock> store;

    JsonFileHousingStockRepository(JsonFileStore<HousingStock> store) {
        this.store = store;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<HousingStock>>> load(String id) {
        return store.load(id);
    }

    @Override
    public Either<RepositoryError, Long> save(String id, HousingStock stock, long expectedVersion) {
        return store.save(id, stock, expectedVersion);
    }
}
