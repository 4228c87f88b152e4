package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/** Support-person cases of youth leaving care (AHT-9 .. AHT-13), every state; see {@link VersionedRepository}. */
public interface YouthSupportRepository extends VersionedRepository<CaseId, YouthSupport>, CasesAboutPerson<YouthSupport> {
    /** Every case not Ended, in case-id order: what the deadline watch looks at. */
    Either<RepositoryError, List<YouthSupport>> findOpen();

    /**
     * The cases of {@link #findOpen()} with an obligation due on or before {@code horizon}
     * (overdue ones included) under {@code schedule}, in case-id order: the morning's deadline
     * watch. Adapters that index due dates answer from the index when {@code schedule} is the
     * one they index with; this default reads every open case.
     */
    default Either<RepositoryError, List<YouthSupport>> findDueBy(LocalDate horizon, ObligationSchedule<YouthSupport> schedule) {
        return findOpen().map(open -> schedule.dueBy(open, horizon));
    }
}
