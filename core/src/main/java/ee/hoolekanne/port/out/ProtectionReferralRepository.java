package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.protection.ProtectionReferral;

/** Protection support-person referrals (RVK), every state; see {@link CaseRepository}. Open: every referral not Ended. */
public interface ProtectionReferralRepository extends CaseRepository<ProtectionReferral>, CasesAboutPerson<ProtectionReferral> {
}
