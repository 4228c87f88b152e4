package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link JdbcConnections} without a framework: a transaction takes a connection from the data
 * source and binds it to the calling thread until it commits or rolls back; the repositories
 * called meanwhile on that thread join it. A nested transaction joins the outer one.
 */
final class PlainConnections implements JdbcConnections, Transactions {

    private static final class Bound {
        final Connection connection;
        boolean rollbackOnly;

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    private final DataSource dataSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    PlainConnections(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Option<Connection> joined() {
        Bound b = bound.get();
        return b == null ? Option.none() : Option.some(b.connection);
    }

    @Override
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public Transactions transactions() {
        return this;
    }

    @Override
    public void markRollbackOnly() {
        Bound b = bound.get();
        if (b != null) {
            b.rollbackOnly = true;
        }
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure) {
        Objects.requireNonNull(work, "work");
        if (bound.get() != null) {
            return work.get();
        }
        Connection c;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
        } catch (SQLException e) {
            return Either.left(failure.apply(Jdbc.error("begin a transaction", e)));
        }
        Bound b = new Bound(c);
        bound.set(b);
        try {
            Either<L, R> result = work.get();
            if (result.isRight() && !b.rollbackOnly) {
                c.commit();
                return result;
            }
            Jdbc.rollback(c, null);
            return result.isRight()
                    ? Either.left(failure.apply(new RepositoryError.Unavailable("a statement of the transaction failed; it was rolled back")))
                    : result;
        } catch (SQLException e) {
            Jdbc.rollback(c, e);
            return Either.left(failure.apply(Jdbc.error("commit", e)));
        } catch (RuntimeException | Error e) {
            Jdbc.rollback(c, e);
            throw e;
        } finally {
            bound.remove();
            Jdbc.close(c);
        }
    }
}
