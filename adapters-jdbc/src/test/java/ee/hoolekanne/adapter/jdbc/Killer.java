package ee.hoolekanne.adapter.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static ee.hoolekanne.adapter.jdbc.Proxies.invoke;
import static ee.hoolekanne.adapter.jdbc.Proxies.proxy;

/**
 * A data source whose connections die at the n-th statement (or commit) counted from
 * {@link #killAt}: the real connection is aborted, as when the network or the server drops it,
 * and the statement fails with SQL state 08006.
 */
final class Killer {
    private final DataSource real;
    private final AtomicInteger countdown = new AtomicInteger(Integer.MAX_VALUE);

    Killer(DataSource real) {
        this.real = real;
    }

    /** The next connection work dies at its {@code statement}-th statement or commit (1 = the first). */
    void killAt(int statement) {
        countdown.set(statement);
    }

    /** Nothing dies any more. */
    void spare() {
        countdown.set(Integer.MAX_VALUE);
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, args) -> {
            Object result = invoke(real, m, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, (p, m, args) -> {
            if (m.getName().equals("commit")) {
                maybeKill(c);
            }
            Object result = invoke(c, m, args);
            return result instanceof Statement s ? statement(c, s, m.getReturnType()) : result;
        });
    }

    private Object statement(Connection c, Statement s, Class<?> type) {
        return proxy(type, (p, m, args) -> {
            if (m.getName().startsWith("execute")) {
                maybeKill(c);
            }
            return invoke(s, m, args);
        });
    }

    private void maybeKill(Connection c) throws SQLException {
        if (countdown.decrementAndGet() == 0) {
            c.abort(Runnable::run);
            throw new SQLException("the test killed the connection", "08006");
        }
    }
}
