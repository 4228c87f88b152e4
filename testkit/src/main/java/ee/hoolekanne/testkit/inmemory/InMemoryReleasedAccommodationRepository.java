package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;

/** Released prisoners' accommodation stays in memory. */
public final class InMemoryReleasedAccommodationRepository extends InMemoryCaseRepository<ReleasedAccommodation> implements ReleasedAccommodationRepository {
}
