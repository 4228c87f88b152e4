package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.port.out.SubstituteHomeRepository;

/** Substitute homes in memory. */
public final class InMemorySubstituteHomeRepository extends InMemoryCaseRepository<SubstituteHome> implements SubstituteHomeRepository {
}
