package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.port.out.YouthSupportRepository;

/** Youth support cases in memory. */
public final class InMemoryYouthSupportRepository extends InMemoryCaseRepository<YouthSupport> implements YouthSupportRepository {
}
