package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.port.out.FamilyServicesRepository;

/** What each carer family used of the substitute-care services (AHT-5, AHT-6) as JSON files, in {@code family-services/}. */
final class JsonFileFamilyServicesRepository extends JsonFileCaseRepository<FamilyServices> implements FamilyServicesRepository {
    JsonFileFamilyServicesRepository(JsonFileStore<FamilyServices> store) {
        super(store);
    }
}
