package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.deadline.FeedFailure;
import ee.hoolekanne.domain.deadline.Obligation;
import io.vavr.control.Either;

import java.util.List;

/**
 * A service's open obligations, for the cross-service {@link DeadlineWatchService}: how the watch
 * finds deadlines without knowing any service. Every service implements it.
 */
public interface ObligationFeed {

    /** Every open obligation of the service's active cases. */
    Either<FeedFailure, List<Obligation>> openObligations();
}
