package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.deadline.FeedFailure;
import ee.hoolekanne.domain.deadline.Obligation;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;

/**
 * A service's open obligations, for the cross-service {@link DeadlineWatchService}: how the watch
 * finds deadlines without knowing any service. Every service implements it.
 */
public interface ObligationFeed {

    /**
     * The open obligations of the service's active cases that are due on or before
     * {@code horizon} (overdue ones included), in any order. A feed asks its repository for only
     * the cases with something due (see {@code findDueBy} on the repositories), so the watch does
     * not read every open case.
     */
    Either<FeedFailure, List<Obligation>> dueBy(LocalDate horizon);
}
