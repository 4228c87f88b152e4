package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.port.out.SubstituteHomeRepository;

/** Substitute homes and their evaluations (AHT-8) as JSON files, in {@code substitute-home/}. */
final class JsonFileSubstituteHomeRepository extends JsonFileCaseRepository<SubstituteHome> implements SubstituteHomeRepository {
    JsonFileSubstituteHomeRepository(JsonFileStore<SubstituteHome> store) {
        super(store);
    }
}
