package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.port.out.ResocializationRepository;

/** Resocialization cases in Tallinn (RES) as JSON files, in {@code resocialization/}. */
final class JsonFileResocializationRepository extends JsonFileCaseRepository<Resocialization> implements ResocializationRepository {
    JsonFileResocializationRepository(JsonFileStore<Resocialization> store) {
        super(store);
    }
}
