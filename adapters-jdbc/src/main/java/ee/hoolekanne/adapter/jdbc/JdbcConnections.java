package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.Transactions;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the JDBC adapter gets its connections, and whose transactions it joins: the SPI an
 * embedding application implements to run hoolekanne inside its own transactions (the Spring Boot
 * starter does, over Spring's transaction manager). {@link #plain(DataSource)} is the
 * implementation without a framework.
 *
 * <p>Every repository call first asks {@link #joined()}: inside a running transaction it works on
 * that transaction's connection and neither commits, rolls back nor closes it; otherwise it takes
 * a connection from {@link #open()}, runs in a transaction of its own, commits or rolls back, and
 * closes it. {@link #transactions()} is the {@link Transactions} port whose transactions
 * {@link #joined()} returns, for the use cases.
 */
public interface JdbcConnections {

    /** The connection of the transaction running on the calling thread, if one is. */
    Option<Connection> joined();

    /** A new connection for a unit of work of the adapter's own; the adapter commits and closes it. */
    Connection open() throws SQLException;

    /** The transactions {@link #joined()} takes part in. */
    Transactions transactions();

    /**
     * A statement failed on the {@link #joined()} connection: the running transaction must not
     * commit. The failure is also returned to the caller as a {@code Left}; an implementation over
     * a framework that rolls back on such a result may ignore this.
     */
    default void markRollbackOnly() {
    }

    /** Connections from {@code dataSource}, and transactions that bind one to the calling thread. */
    static JdbcConnections plain(DataSource dataSource) {
        return new PlainConnections(dataSource);
    }
}
