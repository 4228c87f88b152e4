package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import io.vavr.control.Either;

import java.util.List;

/** Protection support-person referrals (RVK), every state; see {@link VersionedRepository}. */
public interface ProtectionReferralRepository extends VersionedRepository<CaseId, ProtectionReferral>, CasesAboutPerson<ProtectionReferral> {
    /** Every referral not Ended, in case-id order: what the deadline watch looks at. */
    Either<RepositoryError, List<ProtectionReferral>> findOpen();
}
