package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.port.out.YouthSupportRepository;

/** Support-person cases of youth leaving care (AHT-9 .. AHT-13) as JSON files, in {@code youth-support/}. */
final class JsonFileYouthSupportRepository extends JsonFileCaseRepository<YouthSupport> implements YouthSupportRepository {
    JsonFileYouthSupportRepository(JsonFileStore<YouthSupport> store) {
        super(store);
    }
}
