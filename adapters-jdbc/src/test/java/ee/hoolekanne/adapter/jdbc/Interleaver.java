package ee.hoolekanne.adapter.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static ee.hoolekanne.adapter.jdbc.Proxies.invoke;
import static ee.hoolekanne.adapter.jdbc.Proxies.proxy;

/**
 * A data source that runs another transaction's work right after the n-th statement of its
 * connections (counted from {@link #after}): the commit of a writer falling between two
 * statements of a reader, at a chosen place.
 */
final class Interleaver {
    private final DataSource real;
    private final AtomicInteger countdown = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicReference<Runnable> work = new AtomicReference<>();

    Interleaver(DataSource real) {
        this.real = real;
    }

    /** Runs {@code between} once, right after the {@code statement}-th statement from now (1 = the first). */
    void after(int statement, Runnable between) {
        work.set(between);
        countdown.set(statement);
    }

    /** Whether the work ran (the reader had that many statements). */
    boolean ran() {
        return work.get() == null;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, args) -> {
            Object result = invoke(real, m, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, (p, m, args) -> {
            Object result = invoke(c, m, args);
            return result instanceof Statement s ? statement(s, m.getReturnType()) : result;
        });
    }

    private Object statement(Statement s, Class<?> type) {
        return proxy(type, (p, m, args) -> {
            Object result = invoke(s, m, args);
            if (m.getName().startsWith("execute") && countdown.decrementAndGet() == 0) {
                work.getAndSet(null).run();
            }
            return result;
        });
    }
}
