package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;

import java.util.List;

/** The contract of {@link FamilyServicesRepository}: a family's use of the services as it grows. Extend it with {@link #newFamilyServicesRepository()} returning a fresh, empty adapter. */
public abstract class FamilyServicesRepositoryContract extends CaseRepositoryContract<FamilyServices> {

    /** A fresh, empty repository. */
    protected abstract FamilyServicesRepository newFamilyServicesRepository();

    @Override
    protected final CaseRepository<FamilyServices> newCaseRepository() {
        return newFamilyServicesRepository();
    }

    @Override
    protected List<List<FamilyServices>> histories() {
        return List.of(SupportServicesCases.familyHistory("family-1"), SupportServicesCases.familyHistory("family-2"));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
