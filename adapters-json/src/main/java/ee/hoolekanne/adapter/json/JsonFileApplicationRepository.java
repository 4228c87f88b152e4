package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.ApplicationRepository;

/** Social housing cases as JSON files, in {@code social-housing-case/}. */
final class JsonFileApplicationRepository extends JsonFileCaseRepository<Application> implements ApplicationRepository {
    JsonFileApplicationRepository(JsonFileStore<Application> store) {
        super(store);
    }
}
