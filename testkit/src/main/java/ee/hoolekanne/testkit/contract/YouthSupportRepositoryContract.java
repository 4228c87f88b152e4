package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link YouthSupportRepository}: every state of a youth support case. Extend it with {@link #newYouthSupportRepository()} returning a fresh, empty adapter. */
public abstract class YouthSupportRepositoryContract extends CaseRepositoryContract<YouthSupport> {

    /** A fresh, empty repository. */
    protected abstract YouthSupportRepository newYouthSupportRepository();

    @Override
    protected final CaseRepository<YouthSupport> newCaseRepository() {
        return newYouthSupportRepository();
    }

    @Override
    protected List<List<YouthSupport>> histories() {
        return List.of(SupportServicesCases.youthJourney(new CaseId("aht-1"), County.HARJU, LocalDate.of(2019, 9, 1)),
                SupportServicesCases.youthJourney(new CaseId("aht-2"), County.TARTU, LocalDate.of(2019, 6, 15)));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
