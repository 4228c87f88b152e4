package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.port.out.ProtectionReferralRepository;

/** Protection support-person referrals (RVK) as JSON files, in {@code protection-referral/}. */
final class JsonFileProtectionReferralRepository extends JsonFileCaseRepository<ProtectionReferral> implements ProtectionReferralRepository {
    JsonFileProtectionReferralRepository(JsonFileStore<ProtectionReferral> store) {
        super(store);
    }
}
