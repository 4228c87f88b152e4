package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.deadline.FeedFailure;
import io.vavr.control.Either;

import java.util.List;

/**
 * The caseworker's morning list across every service: every obligation due or overdue, each
 * with its deadline, legal basis and explanation, earliest first.
 */
public interface QueryAllDeadlinesUseCase {

    /**
     * Collects the open obligations of every service.
     *
     * @return the obligations, or the first {@link FeedFailure} of a service that could not answer
     */
    Either<FeedFailure, List<Obligation>> queryAllDeadlines(QueryAllDeadlinesCommand command);
}
