package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.port.out.PrisonerSupportRepository;

/** Prisoners' support cases in memory. */
public final class InMemoryPrisonerSupportRepository extends InMemoryCaseRepository<PrisonerSupport> implements PrisonerSupportRepository {
}
