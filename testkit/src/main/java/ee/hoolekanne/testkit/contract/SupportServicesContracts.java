package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSupportSchedule;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract suites of the support-person and substitute-care repositories: the
 * {@link VersionedRepositoryContract} over every state of each aggregate, and the open-case
 * queries. Extend the nested suite for your adapter.
 */
public final class SupportServicesContracts {

    private SupportServicesContracts() {
    }

    /** The contract of {@link ProtectionReferralRepository}. */
    public abstract static class ProtectionReferralRepositoryContract extends VersionedRepositoryContract<CaseId, ProtectionReferral> {
        /** A fresh, empty repository. */
        protected abstract ProtectionReferralRepository newReferralRepository();

        @Override
        protected final VersionedRepository<CaseId, ProtectionReferral> newRepository() {
            return newReferralRepository();
        }

        @Override
        protected List<List<ProtectionReferral>> histories() {
            return List.of(SupportServicesCases.protectionJourney(new CaseId("rvk-1"), LocalDate.of(2026, 1, 12)),
                    SupportServicesCases.protectionJourney(new CaseId("rvk-2"), LocalDate.of(2025, 12, 15)));
        }

        @Override
        protected CaseId keyOf(ProtectionReferral aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-referral");
        }

        @Test
        @DisplayName("findOpen returns every referral not ended, in id order")
        void findOpen() {
            ProtectionReferralRepository repo = newReferralRepository();
            List<ProtectionReferral> a = histories().get(0);
            List<ProtectionReferral> b = histories().get(1);
            repo.save(a.get(0).id(), a.get(a.size() - 1), 0);
            repo.save(b.get(0).id(), b.get(2), 0);
            assertEquals(List.of(b.get(2)), repo.findOpen().get());
        }

        @Test
        @DisplayName("RVK-5, RVK-6 deadline watch: findDueBy returns the open referrals with an obligation due by the horizon, as last saved, in id order")
        void findDueBy() {
            ProtectionReferralRepository repo = newReferralRepository();
            SplittableRandom random = new SplittableRandom(5);
            List<List<ProtectionReferral>> journeys = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                journeys.add(SupportServicesCases.protectionJourney(new CaseId("rvk-due-" + i),
                        LocalDate.of(2025, 11, 3).plusDays(random.nextInt(150))));
            }
            DueByCheck.check(repo, repo::findDueBy, ProtectionReferral::id, journeys, ProtectionSchedule.standard(),
                    LocalDate.of(2025, 10, 1), LocalDate.of(2027, 6, 1), 23);
        }
    }

    /** The contract of {@link YouthSupportRepository}. */
    public abstract static class YouthSupportRepositoryContract extends VersionedRepositoryContract<CaseId, YouthSupport> {
        /** A fresh, empty repository. */
        protected abstract YouthSupportRepository newYouthRepository();

        @Override
        protected final VersionedRepository<CaseId, YouthSupport> newRepository() {
            return newYouthRepository();
        }

        @Override
        protected List<List<YouthSupport>> histories() {
            return List.of(SupportServicesCases.youthJourney(new CaseId("aht-1"), County.HARJU, LocalDate.of(2019, 9, 1)),
                    SupportServicesCases.youthJourney(new CaseId("aht-2"), County.TARTU, LocalDate.of(2019, 6, 15)));
        }

        @Override
        protected CaseId keyOf(YouthSupport aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-youth-case");
        }

        @Test
        @DisplayName("findOpen returns every case not ended, in id order")
        void findOpen() {
            YouthSupportRepository repo = newYouthRepository();
            List<YouthSupport> a = histories().get(0);
            List<YouthSupport> b = histories().get(1);
            repo.save(a.get(0).id(), a.get(a.size() - 1), 0);
            repo.save(b.get(0).id(), b.get(3), 0);
            assertEquals(List.of(b.get(3)), repo.findOpen().get());
        }

        @Test
        @DisplayName("AHT-12 deadline watch: findDueBy returns the open youth cases with a report or assessment due by the horizon, as last saved, in id order")
        void findDueBy() {
            YouthSupportRepository repo = newYouthRepository();
            SplittableRandom random = new SplittableRandom(12);
            List<List<YouthSupport>> journeys = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                journeys.add(SupportServicesCases.youthJourney(new CaseId("aht-due-" + i), i % 2 == 0 ? County.HARJU : County.TARTU,
                        LocalDate.of(2019, 3, 1).plusDays(random.nextInt(300))));
            }
            DueByCheck.check(repo, repo::findDueBy, YouthSupport::id, journeys, YouthSupportSchedule.standard(),
                    LocalDate.of(2018, 6, 1), LocalDate.of(2022, 6, 1), 12);
        }
    }

    /** The contract of {@link FamilyServicesRepository}. */
    public abstract static class FamilyServicesRepositoryContract extends VersionedRepositoryContract<String, FamilyServices> {
        /** A fresh, empty repository. */
        protected abstract FamilyServicesRepository newFamilyRepository();

        @Override
        protected final VersionedRepository<String, FamilyServices> newRepository() {
            return newFamilyRepository();
        }

        @Override
        protected List<List<FamilyServices>> histories() {
            return List.of(SupportServicesCases.familyHistory("family-1"), SupportServicesCases.familyHistory("family-2"));
        }

        @Override
        protected String keyOf(FamilyServices aggregate) {
            return aggregate.familyId();
        }

        @Override
        protected String unknownKey() {
            return "no-such-family";
        }
    }

    /** The contract of {@link CounsellingGroupRepository}. */
    public abstract static class CounsellingGroupRepositoryContract extends VersionedRepositoryContract<String, CounsellingGroup> {
        /** A fresh, empty repository. */
        protected abstract CounsellingGroupRepository newGroupRepository();

        @Override
        protected final VersionedRepository<String, CounsellingGroup> newRepository() {
            return newGroupRepository();
        }

        @Override
        protected List<List<CounsellingGroup>> histories() {
            return List.of(SupportServicesCases.groupHistory("group-1"), SupportServicesCases.groupHistory("group-2"));
        }

        @Override
        protected String keyOf(CounsellingGroup aggregate) {
            return aggregate.id();
        }

        @Override
        protected String unknownKey() {
            return "no-such-group";
        }
    }

    /** The contract of {@link SubstituteHomeRepository}. */
    public abstract static class SubstituteHomeRepositoryContract extends VersionedRepositoryContract<CaseId, SubstituteHome> {
        /** A fresh, empty repository. */
        protected abstract SubstituteHomeRepository newHomeRepository();

        @Override
        protected final VersionedRepository<CaseId, SubstituteHome> newRepository() {
            return newHomeRepository();
        }

        @Override
        protected List<List<SubstituteHome>> histories() {
            return List.of(SupportServicesCases.homeHistory("home-1"), SupportServicesCases.homeHistory("home-2"));
        }

        @Override
        protected CaseId keyOf(SubstituteHome aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-home");
        }

        @Test
        @DisplayName("findAll returns every home, in id order")
        void findAll() {
            SubstituteHomeRepository repo = newHomeRepository();
            SubstituteHome b = histories().get(1).get(0);
            SubstituteHome a = histories().get(0).get(1);
            repo.save(b.id(), b, 0);
            repo.save(a.id(), a, 0);
            assertEquals(List.of(a, b), repo.findAll().get());
        }
    }
}
