package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.port.out.PrisonerSupportRepository;

/** Prisoners' support-person cases (JUS-1, JUS-2) as JSON files, in {@code prisoner-support/}. */
final class JsonFilePrisonerSupportRepository extends JsonFileCaseRepository<PrisonerSupport> implements PrisonerSupportRepository {
    JsonFilePrisonerSupportRepository(JsonFileStore<PrisonerSupport> store) {
        super(store);
    }
}
