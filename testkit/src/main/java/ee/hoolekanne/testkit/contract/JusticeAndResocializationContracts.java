package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.justice.AccommodationSchedule;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract suites of the resocialization and prisoners' services' repositories. */
public final class JusticeAndResocializationContracts {

    private JusticeAndResocializationContracts() {
    }

    /** The contract of {@link ResocializationRepository}: every stage of the pathway. */
    public abstract static class ResocializationRepositoryContract extends VersionedRepositoryContract<CaseId, Resocialization> {
        /** A fresh, empty repository. */
        protected abstract ResocializationRepository newResocializationRepository();

        @Override
        protected final VersionedRepository<CaseId, Resocialization> newRepository() {
            return newResocializationRepository();
        }

        @Override
        protected List<List<Resocialization>> histories() {
            return List.of(JusticeAndResocializationCases.pathway(new CaseId("res-1"), LocalDate.of(2025, 1, 6)),
                    JusticeAndResocializationCases.pathway(new CaseId("res-2"), LocalDate.of(2025, 11, 3)));
        }

        @Override
        protected CaseId keyOf(Resocialization aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-resocialization");
        }
    }

    /** The contract of {@link PrisonerSupportRepository}. */
    public abstract static class PrisonerSupportRepositoryContract extends VersionedRepositoryContract<CaseId, PrisonerSupport> {
        /** A fresh, empty repository. */
        protected abstract PrisonerSupportRepository newPrisonerSupportRepository();

        @Override
        protected final VersionedRepository<CaseId, PrisonerSupport> newRepository() {
            return newPrisonerSupportRepository();
        }

        @Override
        protected List<List<PrisonerSupport>> histories() {
            return List.of(JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-1"), LocalDate.of(2026, 6, 1)),
                    JusticeAndResocializationCases.prisonerJourney(new CaseId("jus-2"), LocalDate.of(2026, 9, 15)));
        }

        @Override
        protected CaseId keyOf(PrisonerSupport aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-prisoner-case");
        }
    }

    /** The contract of {@link ReleasedAccommodationRepository}. */
    public abstract static class ReleasedAccommodationRepositoryContract
            extends VersionedRepositoryContract<CaseId, ReleasedAccommodation> {
        /** A fresh, empty repository. */
        protected abstract ReleasedAccommodationRepository newAccommodationRepository();

        @Override
        protected final VersionedRepository<CaseId, ReleasedAccommodation> newRepository() {
            return newAccommodationRepository();
        }

        @Override
        protected List<List<ReleasedAccommodation>> histories() {
            return List.of(JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-1"), LocalDate.of(2026, 6, 1)),
                    JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-2"), LocalDate.of(2026, 2, 2)));
        }

        @Override
        protected CaseId keyOf(ReleasedAccommodation aggregate) {
            return aggregate.id();
        }

        @Override
        protected CaseId unknownKey() {
            return new CaseId("no-such-stay");
        }

        @Test
        @DisplayName("findStaying returns every stay not left, in id order")
        void findStaying() {
            ReleasedAccommodationRepository repo = newAccommodationRepository();
            List<ReleasedAccommodation> a = histories().get(0);
            List<ReleasedAccommodation> b = histories().get(1);
            repo.save(a.get(0).id(), a.get(a.size() - 1), 0);
            repo.save(b.get(0).id(), b.get(2), 0);
            assertEquals(List.of(b.get(2)), repo.findStaying().get());
        }

        @Test
        @DisplayName("JUS-5 deadline watch: findDueBy returns the stays whose end is due by the horizon, as last saved, in id order")
        void findDueBy() {
            ReleasedAccommodationRepository repo = newAccommodationRepository();
            SplittableRandom random = new SplittableRandom(3);
            List<List<ReleasedAccommodation>> journeys = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                journeys.add(JusticeAndResocializationCases.accommodationJourney(new CaseId("acc-due-" + i),
                        LocalDate.of(2026, 1, 5).plusDays(random.nextInt(200))));
            }
            DueByCheck.check(repo, repo::findDueBy, ReleasedAccommodation::id, journeys, AccommodationSchedule.standard(),
                    LocalDate.of(2025, 12, 1), LocalDate.of(2027, 12, 1), 5);
        }
    }
}
