package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;

/** Released prisoners' accommodation stays (JUS-3 .. JUS-7) as JSON files, in {@code accommodation-stay/}. */
final class JsonFileReleasedAccommodationRepository extends JsonFileCaseRepository<ReleasedAccommodation> implements ReleasedAccommodationRepository {
    JsonFileReleasedAccommodationRepository(JsonFileStore<ReleasedAccommodation> store) {
        super(store);
    }
}
