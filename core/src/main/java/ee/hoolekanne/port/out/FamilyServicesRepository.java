package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.substitutecare.FamilyServices;

/**
 * What each carer family used of the substitute-care services, keyed by the family's case id; see
 * {@link CaseRepository}. Every family is open. Concurrent bookings for one family serialise
 * through the version, so the quota of AHT-5 holds under concurrency.
 */
public interface FamilyServicesRepository extends CaseRepository<FamilyServices> {
}
