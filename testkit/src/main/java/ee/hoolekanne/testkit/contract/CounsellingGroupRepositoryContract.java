package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.CounsellingGroupRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link CounsellingGroupRepository}: a group as it fills and meets. Extend it with {@link #newCounsellingGroupRepository()} returning a fresh, empty adapter. */
public abstract class CounsellingGroupRepositoryContract extends CaseRepositoryContract<CounsellingGroup> {

    /** A fresh, empty repository. */
    protected abstract CounsellingGroupRepository newCounsellingGroupRepository();

    @Override
    protected final CaseRepository<CounsellingGroup> newCaseRepository() {
        return newCounsellingGroupRepository();
    }

    @Override
    protected List<List<CounsellingGroup>> histories() {
        return List.of(SupportServicesCases.groupHistory("group-1"), SupportServicesCases.groupHistory("group-2"));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
