package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link ProtectionReferralRepository}: every state of a referral. Extend it with {@link #newProtectionReferralRepository()} returning a fresh, empty adapter. */
public abstract class ProtectionReferralRepositoryContract extends CaseRepositoryContract<ProtectionReferral> {

    /** A fresh, empty repository. */
    protected abstract ProtectionReferralRepository newProtectionReferralRepository();

    @Override
    protected final CaseRepository<ProtectionReferral> newCaseRepository() {
        return newProtectionReferralRepository();
    }

    @Override
    protected List<List<ProtectionReferral>> histories() {
        return List.of(SupportServicesCases.protectionJourney(new CaseId("rvk-1"), LocalDate.of(2026, 1, 12)),
                SupportServicesCases.protectionJourney(new CaseId("rvk-2"), LocalDate.of(2025, 12, 15)));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
