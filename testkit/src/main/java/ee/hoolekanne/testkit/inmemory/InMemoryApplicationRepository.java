package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.ApplicationRepository;

/** Social housing cases in memory. */
public final class InMemoryApplicationRepository extends InMemoryCaseRepository<Application> implements ApplicationRepository {
}
