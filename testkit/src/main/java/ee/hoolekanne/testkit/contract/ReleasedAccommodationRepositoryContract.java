package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;

import java.time.LocalDate;
import java.util.List;

/** The contract of {@link ReleasedAccommodationRepository}: every state of a stay. Extend it with {@link #newReleasedAccommodationRepository()} returning a fresh, empty adapter. */
public abstract class ReleasedAccommodationRepositoryContract extends CaseRepositoryContract<ReleasedAccommodation> {

    /** A fresh, empty repository. */
    protected abstract ReleasedAccommodationRepository newReleasedAccommodationRepository();

    @Override
    protected final CaseRepository<ReleasedAccommodation> newCaseRepository() {
        return newReleasedAccommodationRepository();
    }

    @Override
    protected List<List<ReleasedAccommodation>> histories() {
        return List.of(JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-1"), LocalDate.of(2026, 6, 1)),
                JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-2"), LocalDate.of(2026, 2, 2)));
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }
}
