package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.FamilyServices;

/**
 * What each carer family used of the substitute-care services, keyed by family id; see
 * {@link VersionedRepository}. Concurrent bookings for one family serialise through the version,
 * so the quota of AHT-5 holds under concurrency.
 */
public interface FamilyServicesRepository extends VersionedRepository<String, FamilyServices> {
}
