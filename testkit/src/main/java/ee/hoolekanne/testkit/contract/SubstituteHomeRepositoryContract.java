package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link SubstituteHomeRepository}: a substitute home and its evaluations. Extend it with {@link #newSubstituteHomeRepository()} returning a fresh, empty adapter. */
public abstract class SubstituteHomeRepositoryContract extends CaseRepositoryContract<SubstituteHome> {

    /** A fresh, empty repository. */
    protected abstract SubstituteHomeRepository newSubstituteHomeRepository();

    @Override
    protected final CaseRepository<SubstituteHome> newCaseRepository() {
        return newSubstituteHomeRepository();
    }

    @Override
    protected List<List<SubstituteHome>> histories() {
        return List.of(SupportServicesCases.homeHistory("home-1"), SupportServicesCases.homeHistory("home-2"));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
