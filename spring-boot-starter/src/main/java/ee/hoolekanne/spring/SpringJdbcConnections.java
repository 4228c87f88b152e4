package ee.hoolekanne.spring;

import ee.hoolekanne.adapter.jdbc.JdbcConnections;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The JDBC adapter's connections inside Spring's transactions: a repository call within a
 * {@code @Transactional} method or a {@link TransactionTemplate} works on that transaction's
 * connection, and a use case's unit of work ({@link Transactions}) is a Spring transaction of the
 * application's transaction manager, which joins a running one.
 */
final class SpringJdbcConnections implements JdbcConnections {

    private final DataSource dataSource;
    private final TransactionTemplate template;
    private final Transactions transactions;

    SpringJdbcConnections(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.template = new TransactionTemplate(Objects.requireNonNull(transactionManager, "transactionManager"));
        this.transactions = new Transactions() {
            @Override
            public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work, Function<RepositoryError, L> failure) {
                try {
                    return template.execute(status -> {
                        Either<L, R> result = work.get();
                        if (result.isLeft()) {
                            status.setRollbackOnly();
                        }
                        return result;
                    });
                } catch (TransactionException e) {
                    return Either.left(failure.apply(new RepositoryError.Unavailable("the transaction failed: " + e.getClass().getSimpleName())));
                }
            }
        };
    }

    @Override
    public Option<Connection> joined() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Option.none();
        }
        return Option.some(DataSourceUtils.getConnection(dataSource));
    }

    @Override
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
