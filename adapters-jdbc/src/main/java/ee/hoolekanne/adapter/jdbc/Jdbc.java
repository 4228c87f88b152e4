package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Units of work, versions and error mapping shared by the adapters. */
final class Jdbc {

    private Jdbc() {
    }

    /** What the repositories need: where connections come from, and the schema with its dialect. */
    record Db(JdbcConnections connections, Schema schema) {
        String sql(String sql) {
            return schema.sql(sql);
        }
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        Either<RepositoryError, T> run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} on the connection of the caller's running transaction, or else in a
     * transaction of its own, read in one consistent snapshot (REPEATABLE READ) when
     * {@code snapshot}: committed on Right, rolled back on Left or failure. Failures become a
     * {@link RepositoryError} (a version conflict for the database's own concurrent-write refusals)
     * carrying the SQL state of the statement that failed, never an exception.
     */
    static <T> Either<RepositoryError, T> run(Db db, String label, boolean snapshot, Work<T> work) {
        Option<Connection> joined = db.connections().joined();
        if (joined.isDefined()) {
            try {
                return work.run(joined.get());
            } catch (SQLException e) {
                db.connections().markRollbackOnly();
                return Either.left(error(label, unwrap(e)));
            } catch (WriteFailed e) {
                db.connections().markRollbackOnly();
                return Either.left(error(label, e.sqlException()));
            } catch (RuntimeException e) {
                db.connections().markRollbackOnly();
                return Either.left(corrupt(e));
            }
        }
        Connection c;
        try {
            c = db.connections().open();
        } catch (SQLException e) {
            return Either.left(error(label, e));
        }
        try {
            c.setAutoCommit(false);
            if (snapshot) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            Either<RepositoryError, T> result = work.run(c);
            if (result.isRight()) {
                c.commit();
            } else {
                rollback(c, null);
            }
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            return Either.left(error(label, e));
        } catch (WriteFailed e) {
            rollback(c, e.sqlException());
            return Either.left(error(label, e.sqlException()));
        } catch (RuntimeException e) {
            rollback(c, e);
            return Either.left(corrupt(e));
        } finally {
            reset(c, snapshot);
            close(c);
        }
    }

    /** A write inside a run. */
    static <T> Either<RepositoryError, T> write(Db db, String label, Work<T> work) {
        return run(db, label, false, work);
    }

    /** A read inside a run: one snapshot when the run is the adapter's own. */
    static <T> Either<RepositoryError, T> read(Db db, String label, Work<T> work) {
        return run(db, label, true, work);
    }

    private static SQLException unwrap(SQLException e) {
        return e;
    }

    /**
     * Rolls {@code c} back; a failure of the rollback is added to {@code cause} (the failure that
     * made the rollback necessary) as a suppressed exception, never replacing it.
     */
    static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void reset(Connection c, boolean snapshot) {
        try {
            c.setAutoCommit(true);
            if (snapshot) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException | RuntimeException ignored) {
            // a dead connection: closing it is all that is left, and the pool will discard it
        }
    }

    /** Closes {@code c}; a failure to close after the work is done changes nothing that was committed. */
    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // the unit of work is over; a pool discards a broken connection
        }
    }

    /** What {@code e} means for the caller: a lost race, or the storage unavailable with its SQL state. */
    static RepositoryError error(String label, SQLException e) {
        return concurrentWrite(e) ? new RepositoryError.VersionConflict(label, -1, -1)
                : new RepositoryError.Unavailable("SQL state " + (e.getSQLState() == null ? "none" : e.getSQLState())
                + " (" + e.getClass().getSimpleName() + ")");
    }

    private static RepositoryError corrupt(RuntimeException e) {
        return new RepositoryError.Unavailable("stored data is not valid: " + e.getClass().getSimpleName());
    }

    /** Carries an SQLException out of a lambda to the unit of work, which rolls back. */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(SQLException cause) {
            super(cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    /** Whether the database refused a write because another transaction wrote the same rows. */
    static boolean concurrentWrite(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                || e.getErrorCode() == 90131; // H2: concurrent update in another transaction
    }

    /**
     * Claims the next version of the aggregate row {@code key} of {@code table} (columns id,
     * version): inserts it at version 1 when {@code expected} is 0, else bumps it from
     * {@code expected}. On a mismatch nothing is written and the stored version is reported.
     */
    static Either<RepositoryError, Long> claimVersion(Db db, Connection c, String table, String key, long expected) throws SQLException {
        if (expected == 0) {
            Long actual = storedVersion(db, c, table, key);
            if (actual != null) {
                return Either.left(new RepositoryError.VersionConflict(key, 0, actual));
            }
            try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~" + table + " (id, version) VALUES (?, 1)"))) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return Either.right(1L);
        }
        try (PreparedStatement ps = c.prepareStatement(db.sql("UPDATE ~" + table + " SET version = ? WHERE id = ? AND version = ?"))) {
            ps.setLong(1, expected + 1);
            ps.setString(2, key);
            ps.setLong(3, expected);
            if (ps.executeUpdate() == 1) {
                return Either.right(expected + 1);
            }
        }
        Long actual = storedVersion(db, c, table, key);
        return Either.left(new RepositoryError.VersionConflict(key, expected, actual == null ? 0 : actual));
    }

    /** The stored version of {@code key} in {@code table}, or null. */
    static Long storedVersion(Db db, Connection c, String table, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(db.sql("SELECT version FROM ~" + table + " WHERE id = ?"))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Reads an aggregate's rows once its version is known. */
    @FunctionalInterface
    interface RowReader<T> {
        T read() throws SQLException;
    }

    /**
     * The aggregate kept as a version row in {@code table} under {@code key} and child rows that
     * {@code reader} reads, with its version, or none; consistent also in the caller's transaction
     * at READ COMMITTED: the version is read again after the rows, and a read that another
     * transaction's commit tore is read again (at most 10 times).
     */
    static <T> Either<RepositoryError, Option<Versioned<T>>> readVersioned(Db db, Connection c, String table, String key,
                                                                        RowReader<T> reader) throws SQLException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Long before = storedVersion(db, c, table, key);
            if (before == null) {
                return Either.right(Option.none());
            }
            T value = null;
            RuntimeException failure = null;
            try {
                value = reader.read();
            } catch (RuntimeException e) {
                failure = e;
            }
            if (before.equals(storedVersion(db, c, table, key))) {
                if (failure != null) {
                    throw failure;
                }
                return Either.right(Option.some(new Versioned<>(value, before)));
            }
        }
        return Either.left(new RepositoryError.Unavailable(table + " " + key + " kept changing while it was read"));
    }

    /** Writes an aggregate's rows after its version was claimed. */
    @FunctionalInterface
    interface RowWriter {
        void write(Connection c) throws SQLException;
    }

    /**
     * The save of an aggregate kept as a version row in {@code table} and child rows: claims the
     * next version, deletes the old child rows of {@code children} (by {@code key} in their first
     * column named {@code keyColumn}) and writes the new ones, in one unit of work.
     */
    static Either<RepositoryError, Long> saveVersioned(Db db, String table, String key, long expectedVersion, List<String> children,
                                                       String keyColumn, RowWriter writer) {
        return write(db, key, c -> claimVersion(db, c, table, key, expectedVersion).flatMap(version -> {
            try {
                for (String child : children) {
                    deleteChildren(db, c, child, keyColumn, key);
                }
                writer.write(c);
                return Either.right(version);
            } catch (SQLException e) {
                throw new WriteFailed(e);
            }
        }));
    }

    /** Binds one item's parameters. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int position, T item) throws SQLException;
    }

    /** Batch-inserts {@code items} with {@code sql} (tables as {@code ~table}), the binder setting every parameter of each. */
    static <T> void insertAll(Db db, Connection c, String sql, List<T> items, RowBinder<T> binder) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(db.sql(sql))) {
            for (int i = 0; i < items.size(); i++) {
                binder.bind(ps, i, items.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the rows of {@code table} whose {@code keyColumn} is {@code key}. */
    static void deleteChildren(Db db, Connection c, String table, String keyColumn, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(db.sql("DELETE FROM ~" + table + " WHERE " + keyColumn + " = ?"))) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    /** The rows of {@code sql} (tables as {@code ~table}) with its parameters. */
    static List<Row> rows(Db db, Connection c, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(db.sql(sql))) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                return Row.all(rs);
            }
        }
    }

    /** Binds {@code parameters} from position 1 on; dates as dates, everything else as itself. */
    static void bind(PreparedStatement ps, List<?> parameters) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            if (p instanceof LocalDate d) {
                ps.setDate(i++, Date.valueOf(d));
            } else {
                ps.setObject(i++, p);
            }
        }
    }

    /** {@code d} as an SQL date, null for null. */
    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** Each of {@code items} joined into one list of parameters {@code times} times (a selection used in several places). */
    static List<Object> repeat(List<?> items, int times) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(items);
        }
        return out;
    }
}
