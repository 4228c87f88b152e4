package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;
import java.util.List;

/**
 * Every obligation due or overdue across all active cases on a date, each with its deadline, legal basis and explanation.
 */
public interface QueryDeadlinesUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the obligations, earliest due first
     */
    Either<SocialHousingError, List<Obligation>> queryDeadlines(QueryDeadlinesCommand command);
}
