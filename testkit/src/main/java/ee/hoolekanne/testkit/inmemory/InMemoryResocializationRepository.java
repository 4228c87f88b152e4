package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.port.out.ResocializationRepository;

/** Resocialization cases in memory. */
public final class InMemoryResocializationRepository extends InMemoryCaseRepository<Resocialization> implements ResocializationRepository {
}
