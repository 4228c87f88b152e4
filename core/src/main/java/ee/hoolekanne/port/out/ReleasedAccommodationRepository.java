package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/** Released prisoners' accommodation stays (JUS-3 .. JUS-5); see {@link VersionedRepository}. */
public interface ReleasedAccommodationRepository extends VersionedRepository<CaseId, ReleasedAccommodation>, CasesAboutPerson<ReleasedAccommodation> {
    /** Every stay not left, in case-id order: what the deadline watch looks at. */
    Either<RepositoryError, List<ReleasedAccommodation>> findStaying();

    /**
     * The cases of {@link #findStaying()} with an obligation due on or before {@code horizon}
     * (overdue ones included) under {@code schedule}, in case-id order: the morning's deadline
     * watch. Adapters that index due dates answer from the index when {@code schedule} is the
     * one they index with; this default reads every open case.
     */
    default Either<RepositoryError, List<ReleasedAccommodation>> findDueBy(LocalDate horizon, ObligationSchedule<ReleasedAccommodation> schedule) {
        return findStaying().map(open -> schedule.dueBy(open, horizon));
    }
}
