package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link PrisonerSupportRepository}: every state of a prisoner's support. Extend it with {@link #newPrisonerSupportRepository()} returning a fresh, empty adapter. */
public abstract class PrisonerSupportRepositoryContract extends CaseRepositoryContract<PrisonerSupport> {

    /** A fresh, empty repository. */
    protected abstract PrisonerSupportRepository newPrisonerSupportRepository();

    @Override
    protected final CaseRepository<PrisonerSupport> newCaseRepository() {
        return newPrisonerSupportRepository();
    }

    @Override
    protected List<List<PrisonerSupport>> histories() {
        return List.of(JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-1"), LocalDate.of(2026, 6, 1)),
                JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-2"), LocalDate.of(2026, 9, 15)));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
