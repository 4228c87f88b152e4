package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.port.out.CounsellingGroupRepository;

/** Counselling and thematic groups (AHT-7) as JSON files, in {@code counselling-group/}. */
final class JsonFileCounsellingGroupRepository extends JsonFileCaseRepository<CounsellingGroup> implements CounsellingGroupRepository {
    JsonFileCounsellingGroupRepository(JsonFileStore<CounsellingGroup> store) {
        super(store);
    }
}
