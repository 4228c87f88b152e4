package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import io.vavr.control.Either;

import java.util.List;

/** Released prisoners' accommodation stays (JUS-3 .. JUS-5); see {@link VersionedRepository}. */
public interface ReleasedAccommodationRepository extends VersionedRepository<CaseId, ReleasedAccommodation>, CasesAboutPerson<ReleasedAccommodation> {
    /** Every stay not left, in case-id order: what the deadline watch looks at. */
    Either<RepositoryError, List<ReleasedAccommodation>> findStaying();
}
