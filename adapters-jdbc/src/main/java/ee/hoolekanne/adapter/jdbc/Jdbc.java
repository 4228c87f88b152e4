package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Transactions, versions and error mapping shared by the repositories. */
final class Jdbc {

    private Jdbc() {
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        Either<RepositoryError, T> run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: commits on Right, rolls back on Left or failure.
     * Failures become {@link RepositoryError.Unavailable} (or a version conflict for the
     * database's own concurrent-write refusals), never exceptions.
     */
    static <T> Either<RepositoryError, T> inTransaction(DataSource dataSource, String key, long expectedVersion, Work<T> work) {
        return inTransaction(dataSource, key, expectedVersion, false, work);
    }

    /**
     * Runs {@code work} reading one consistent snapshot (REPEATABLE READ): an aggregate read in
     * several statements never mixes two saved versions.
     */
    static <T> Either<RepositoryError, T> reading(DataSource dataSource, String key, Work<T> work) {
        return inTransaction(dataSource, key, 0, true, work);
    }

    private static <T> Either<RepositoryError, T> inTransaction(DataSource dataSource, String key, long expectedVersion,
                                                                boolean snapshot, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            if (snapshot) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setAutoCommit(false);
            try {
                return run(c, work);
            } finally {
                if (snapshot) {
                    c.setAutoCommit(true);
                    c.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            return Either.left(concurrentWrite(e) ? new RepositoryError.VersionConflict(key, expectedVersion, -1)
                    : new RepositoryError.Unavailable("SQL state " + e.getSQLState() + " (" + e.getClass().getSimpleName() + ")"));
        } catch (RuntimeException e) {
            return Either.left(new RepositoryError.Unavailable("stored data is not valid: " + e.getClass().getSimpleName()));
        }
    }

    private static <T> Either<RepositoryError, T> run(Connection c, Work<T> work) throws SQLException {
        try {
            Either<RepositoryError, T> result = work.run(c);
            if (result.isRight()) {
                c.commit();
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            if (e instanceof WriteFailed failed) {
                throw failed.sqlException();
            }
            throw e;
        }
    }

    /** Carries an SQLException out of a lambda to the transaction, which rolls back. */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(SQLException cause) {
            super(cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    /** Writes an aggregate's child rows after its version row was claimed. */
    @FunctionalInterface
    interface ChildWriter {
        void write(Connection c) throws SQLException;
    }

    /**
     * The save of an aggregate with a plain {@code (id, version)} row: claims the next version,
     * then rewrites the child rows, all in one transaction.
     */
    static Either<RepositoryError, Long> saveVersioned(DataSource dataSource, String table, String key, long expectedVersion,
                                                       ChildWriter children) {
        return inTransaction(dataSource, key, expectedVersion, c -> claimVersion(c, table, key, expectedVersion)
                .flatMap(version -> {
                    try {
                        children.write(c);
                        return Either.right(version);
                    } catch (SQLException e) {
                        throw new WriteFailed(e);
                    }
                }));
    }

    /** Reads one aggregate by id inside an open transaction; none when it is not stored. */
    @FunctionalInterface
    interface AggregateReader<T> {
        Either<RepositoryError, Option<Versioned<T>>> read(Connection c, String id) throws SQLException;
    }

    /**
     * The aggregates whose ids {@code sql} selects, every parameter bound to {@code value} (none
     * when null), read in one snapshot in the order selected: the finders and the subject-access
     * lookups.
     */
    static <T> Either<RepositoryError, List<T>> readSelected(DataSource dataSource, String label, String sql, String value,
                                                             AggregateReader<T> reader) {
        return readSelected(dataSource, label, sql, ps -> {
            int parameters = value == null ? 0 : (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                ps.setString(i, value);
            }
        }, reader);
    }

    /** Sets a query's parameters. */
    @FunctionalInterface
    interface Parameters {
        /** No parameters. */
        Parameters NONE = ps -> {
        };

        void bind(PreparedStatement ps) throws SQLException;
    }

    /** As {@link #readSelected(DataSource, String, String, String, AggregateReader)}, the parameters set by {@code parameters}. */
    static <T> Either<RepositoryError, List<T>> readSelected(DataSource dataSource, String label, String sql, Parameters parameters,
                                                             AggregateReader<T> reader) {
        return reading(dataSource, label, c -> {
            List<String> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                parameters.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<T> out = new java.util.ArrayList<>();
            for (String id : ids) {
                Either<RepositoryError, Option<Versioned<T>>> one = reader.read(c, id);
                if (one.isLeft()) {
                    return Either.left(one.getLeft());
                }
                one.get().forEach(v -> out.add(v.value()));
            }
            return Either.right(List.copyOf(out));
        });
    }

    /** Rebuilds an aggregate from its state row (and child rows); Left is why the stored data is invalid. */
    @FunctionalInterface
    interface StateRebuilder<T> {
        Either<String, T> rebuild(Connection c, String id, ResultSet stateRow) throws SQLException;
    }

    /**
     * Reads the aggregate {@code id} kept as a version row in {@code versionTable} and one state
     * row in {@code stateTable}: none when there is no version row; an
     * {@link RepositoryError.Unavailable} naming {@code what} (never personal data) when the
     * state row is missing or does not rebuild.
     */
    static <T> Either<RepositoryError, Option<Versioned<T>>> readStateRow(Connection c, String versionTable, String stateTable,
                                                                        String id, String what, StateRebuilder<T> rebuilder)
            throws SQLException {
        Long version = storedVersion(c, versionTable, id);
        if (version == null) {
            return Either.right(Option.none());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + stateTable + " WHERE case_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Either.left(new RepositoryError.Unavailable(what + " " + id + " has no state row"));
                }
                return rebuilder.rebuild(c, id, rs).<Option<Versioned<T>>>map(t -> Option.some(new Versioned<>(t, version)))
                        .mapLeft(reason -> new RepositoryError.Unavailable(what + " " + id + " is stored corrupt: " + reason));
            }
        }
    }

    /** Binds one item's parameters. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int position, T item) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Batch-inserts {@code items}, the binder setting every parameter of each (position from 0). */
    static <T> void insertAll(Connection c, String sql, List<T> items, RowBinder<T> binder) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                binder.bind(ps, i, items.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The rows of {@code sql} with its one parameter {@code key} (none when null), each read by {@code reader}. */
    static <T> List<T> selectAll(Connection c, String sql, String key, RowReader<T> reader) throws SQLException {
        List<T> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
                ps.setString(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        }
        return out;
    }

    /** Whether the database refused a write because another transaction wrote the same rows. */
    static boolean concurrentWrite(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                || (e.getErrorCode() == 90131); // H2: concurrent update in another transaction
    }

    /**
     * Claims the next version of the aggregate row: inserts it at version 1 when
     * {@code expected} is 0, else bumps it from {@code expected}. On a mismatch nothing is written
     * and the stored version is reported.
     */
    static Either<RepositoryError, Long> claimVersion(Connection c, String table, String key, long expected) throws SQLException {
        if (expected == 0) {
            Long actual = storedVersion(c, table, key);
            if (actual != null) {
                return Either.left(new RepositoryError.VersionConflict(key, 0, actual));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, version) VALUES (?, 1)")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return Either.right(1L);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET version = ? WHERE id = ? AND version = ?")) {
            ps.setLong(1, expected + 1);
            ps.setString(2, key);
            ps.setLong(3, expected);
            if (ps.executeUpdate() == 1) {
                return Either.right(expected + 1);
            }
        }
        Long actual = storedVersion(c, table, key);
        return Either.left(new RepositoryError.VersionConflict(key, expected, actual == null ? 0 : actual));
    }

    /** The stored version, or null. */
    static Long storedVersion(Connection c, String table, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Deletes the child rows of {@code key} in {@code table}. */
    static void deleteChildren(Connection c, String table, String keyColumn, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + keyColumn + " = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static Date date(LocalDate d) {
        return Date.valueOf(d);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
