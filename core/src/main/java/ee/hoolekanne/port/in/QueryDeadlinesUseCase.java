package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.Obligation;
import io.vavr.control.Either;

import java.util.List;

/**
 * The caseworker's morning list across every service: every obligation due or overdue, each with
 * its deadline, legal basis and explanation, earliest first (in {@code DeadlineWatch.ORDER}). It
 * reads the read model of open obligations in one query; no case is loaded.
 */
public interface QueryDeadlinesUseCase {

    /**
     * The obligations due by the horizon.
     *
     * @return the obligations, or {@link CaseFailure.Unavailable} when the read model cannot be read
     *         (never another failure: the type {@code Void} says no domain rule is involved)
     */
    Either<CaseFailure<Void>, List<Obligation>> queryDeadlines(QueryDeadlinesCommand command);
}
