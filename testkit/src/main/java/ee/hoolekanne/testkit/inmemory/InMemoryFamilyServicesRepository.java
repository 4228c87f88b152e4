package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.port.out.FamilyServicesRepository;

/** Carer families' use of the services in memory. */
public final class InMemoryFamilyServicesRepository extends InMemoryCaseRepository<FamilyServices> implements FamilyServicesRepository {
}
