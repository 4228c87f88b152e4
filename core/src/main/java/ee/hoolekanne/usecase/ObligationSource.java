package ee.hoolekanne.usecase;

import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;

/**
 * What keeps cases whose obligations can be recomputed: every service (for all the kinds of case it
 * keeps) and every {@link CaseRunner}. The {@link DeadlineWatchService} asks each when the calendar
 * or the rules changed.
 */
public interface ObligationSource {

    /**
     * Recomputes the obligations of every open case kept here and replaces them in the read model,
     * each kind of case in one transaction.
     *
     * @return how many obligations are open now
     */
    Either<RepositoryError, Integer> recomputeObligations();

    /** The sources' recomputations one after another: the first failure stops them. */
    static Either<RepositoryError, Integer> recomputeAll(Iterable<? extends ObligationSource> sources) {
        Either<RepositoryError, Integer> total = Either.right(0);
        for (ObligationSource source : sources) {
            total = total.flatMap(sum -> source.recomputeObligations().map(n -> sum + n));
        }
        return total;
    }
}
