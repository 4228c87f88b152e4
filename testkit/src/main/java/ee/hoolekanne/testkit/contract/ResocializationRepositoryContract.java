package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.ResocializationRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link ResocializationRepository}: every stage of the pathway, moves back and every way of leaving it (RES-11). Extend it with {@link #newResocializationRepository()} returning a fresh, empty adapter. */
public abstract class ResocializationRepositoryContract extends CaseRepositoryContract<Resocialization> {

    /** A fresh, empty repository. */
    protected abstract ResocializationRepository newResocializationRepository();

    @Override
    protected final CaseRepository<Resocialization> newCaseRepository() {
        return newResocializationRepository();
    }

    @Override
    protected List<List<Resocialization>> histories() {
        List<List<Resocialization>> histories = new java.util.ArrayList<>(List.of(
                JusticeAndResocializationCases.pathway(new CaseId("res-1"), LocalDate.of(2025, 1, 6)),
                JusticeAndResocializationCases.pathway(new CaseId("res-2"), LocalDate.of(2025, 11, 3))));
        histories.addAll(JusticeAndResocializationCases.exits("res-x", LocalDate.of(2025, 3, 3)).stream()
                .collect(java.util.stream.Collectors.groupingBy(Resocialization::id, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList())).values());
        return List.copyOf(histories);
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
