package ee.hoolekanne.port.out;

import io.vavr.control.Either;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Units of work: what a use case changes in several ports (a case, its obligations, its audit
 * records, the housing stock, the waiting list, the outbox) commits once, all or nothing.
 *
 * <p>{@link #inTransaction} runs {@code work} in one transaction: every port call inside joins it.
 * It commits when {@code work} returns {@code Right} and rolls back when it returns {@code Left}
 * or throws (the exception is rethrown). When the transaction itself fails (the commit, a lost
 * connection), the result is {@code failure} applied to the {@link RepositoryError}, and nothing
 * was written. A call inside a running transaction joins the outer one. Optimistic versions are
 * still checked by the repositories; a version conflict is a {@code Left} of the work.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction; see the type's documentation. */
    <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure);

    /**
     * No transactions: {@code work} runs as it is, each port call on its own. For ports that cannot
     * take part in a transaction (files); what a use case writes to several ports is then not atomic.
     */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure) {
                return Objects.requireNonNull(work, "work").get();
            }
        };
    }
}
