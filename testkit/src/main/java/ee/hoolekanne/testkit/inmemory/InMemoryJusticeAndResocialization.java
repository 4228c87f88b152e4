package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;

import java.util.Comparator;
import java.util.List;

/** In-memory repositories of resocialization and the prisoners' services. */
public final class InMemoryJusticeAndResocialization {

    private InMemoryJusticeAndResocialization() {
    }

    /** Resocialization cases in memory. */
    public static final class Resocializations extends InMemoryVersionedRepository<CaseId, Resocialization>
            implements ResocializationRepository {
        @Override
        public Either<RepositoryError, List<Resocialization>> casesAbout(PersonalCode person) {
            return Either.right(about(person, Resocialization::persons, r -> r.id().value()));
        }
    }

    /** Prisoners' support cases in memory. */
    public static final class PrisonerSupports extends InMemoryVersionedRepository<CaseId, PrisonerSupport>
            implements PrisonerSupportRepository {
        @Override
        public Either<RepositoryError, List<PrisonerSupport>> casesAbout(PersonalCode person) {
            return Either.right(about(person, PrisonerSupport::persons, p -> p.id().value()));
        }
    }

    /** Accommodation stays in memory. */
    public static final class Accommodations extends InMemoryVersionedRepository<CaseId, ReleasedAccommodation>
            implements ReleasedAccommodationRepository {
        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> findStaying() {
            return Either.right(all().stream().map(Versioned::value)
                    .filter(a -> a instanceof ReleasedAccommodation.Staying)
                    .sorted(Comparator.comparing(a -> a.id().value())).toList());
        }

        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> casesAbout(PersonalCode person) {
            return Either.right(about(person, ReleasedAccommodation::persons, a -> a.id().value()));
        }
    }
}
