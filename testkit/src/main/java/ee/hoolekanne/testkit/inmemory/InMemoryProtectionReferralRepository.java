package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.port.out.ProtectionReferralRepository;

/** Protection support-person referrals in memory. */
public final class InMemoryProtectionReferralRepository extends InMemoryCaseRepository<ProtectionReferral> implements ProtectionReferralRepository {
}
