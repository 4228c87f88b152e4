package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/**
 * Social housing cases, every state, keyed by case id; see {@link VersionedRepository} for the
 * versioning contract.
 */
public interface ApplicationRepository extends VersionedRepository<CaseId, Application> {

    /**
     * Every case not in a final state (Refused, Lapsed, Ended), in case-id order: what the
     * deadline watch looks at.
     */
    Either<RepositoryError, List<Application>> findActive();

    /**
     * The cases of {@link #findActive()} with an obligation due on or before {@code horizon}
     * (overdue ones included) under {@code schedule}, in case-id order: the morning's deadline
     * watch. Adapters that index due dates answer from the index when {@code schedule} is the
     * one they index with; this default reads every open case.
     */
    default Either<RepositoryError, List<Application>> findDueBy(LocalDate horizon, ObligationSchedule<Application> schedule) {
        return findActive().map(open -> schedule.dueBy(open, horizon));
    }
}
