package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How one kind of aggregate is kept: a version row ({@code id}, {@code version}) and a state row
 * keyed by {@code stateKey} (the same table for aggregates that keep their state in the version
 * row), plus child rows its rebuilder reads through {@link Children}.
 *
 * @param versions the table of version rows
 * @param states   the table of state rows
 * @param stateKey the state table's key column
 * @param what     the aggregate's name in error messages, e.g. "youth case"
 */
record CaseTable(String versions, String states, String stateKey, String what) {

    /** Rebuilds one aggregate from its state row and its child rows; Left is why the stored data is not valid. */
    @FunctionalInterface
    interface Rebuilder<T> {
        Either<String, T> rebuild(Children children, String id, Row state) throws SQLException;
    }

    private boolean versionInState() {
        return versions.equals(states);
    }

    /** How often a read that another transaction's commit tore is read again before it is given up. */
    private static final int READ_ATTEMPTS = 10;

    /**
     * The aggregate stored under {@code id} with its version, or none. Consistent also in the
     * caller's transaction at READ COMMITTED, where each statement sees the latest commit: the
     * version is read again after the child rows, and a read that a commit tore (a state row of one
     * version, child rows of the next) is read again.
     */
    <T> Either<RepositoryError, Option<Versioned<T>>> load(Jdbc.Db db, Connection c, String id, Rebuilder<T> rebuilder) throws SQLException {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Option<Long> before = Option.none();
            if (!versionInState()) {
                Long stored = Jdbc.storedVersion(db, c, versions, id);
                if (stored == null) {
                    return Either.right(Option.none());
                }
                before = Option.some(stored);
            }
            List<Row> rows = Jdbc.rows(db, c, "SELECT * FROM ~" + states + " WHERE " + stateKey + " = ?", List.of(id));
            if (rows.isEmpty()) {
                return versionInState() ? Either.right(Option.none())
                        : Either.left(new RepositoryError.Unavailable(what + " " + id + " has no state row"));
            }
            Row state = rows.get(0);
            long version = versionInState() ? state.number("version") : before.get();
            Either<String, T> rebuilt;
            RuntimeException failure = null;
            try {
                rebuilt = rebuilder.rebuild(Children.direct(db, c), id, state);
            } catch (RuntimeException e) {
                rebuilt = Either.left(e.getClass().getSimpleName());
                failure = e;
            }
            Long after = Jdbc.storedVersion(db, c, versions, id);
            if (after != null && after == version) {
                if (failure != null) {
                    throw failure;
                }
                return rebuilt.<Option<Versioned<T>>>map(t -> Option.some(new Versioned<>(t, version)))
                        .mapLeft(reason -> new RepositoryError.Unavailable(what + " " + id + " is stored corrupt: " + reason));
            }
        }
        return Either.left(new RepositoryError.Unavailable(what + " " + id + " kept changing while it was read"));
    }

    /**
     * The aggregates whose ids {@code selection} (one column, tables as {@code ~table}) selects with
     * {@code parameters}, in id order: one statement for the state rows and one per child table,
     * whatever the number of aggregates. As {@link #load}, read again when a commit tore the read
     * (the ids and versions selected differ after the read).
     */
    <T> Either<RepositoryError, List<T>> loadAll(Jdbc.Db db, Connection c, String selection, List<?> parameters,
                                                 Rebuilder<T> rebuilder) throws SQLException {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            List<Row> before = versionsOf(db, c, selection, parameters);
            Either<RepositoryError, List<T>> read;
            RuntimeException failure = null;
            try {
                read = loadAllOnce(db, c, selection, parameters, rebuilder);
            } catch (RuntimeException e) {
                read = Either.left(new RepositoryError.Unavailable(e.getClass().getSimpleName()));
                failure = e;
            }
            if (sameVersions(before, versionsOf(db, c, selection, parameters))) {
                if (failure != null) {
                    throw failure;
                }
                return read;
            }
        }
        return Either.left(new RepositoryError.Unavailable("the " + what + "s kept changing while they were read"));
    }

    private List<Row> versionsOf(Jdbc.Db db, Connection c, String selection, List<?> parameters) throws SQLException {
        return Jdbc.rows(db, c, "SELECT id, version FROM ~" + versions + " WHERE id IN (" + selection + ") ORDER BY id", parameters);
    }

    private static boolean sameVersions(List<Row> a, List<Row> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).string("id").equals(b.get(i).string("id")) || a.get(i).number("version") != b.get(i).number("version")) {
                return false;
            }
        }
        return true;
    }

    private <T> Either<RepositoryError, List<T>> loadAllOnce(Jdbc.Db db, Connection c, String selection, List<?> parameters,
                                                             Rebuilder<T> rebuilder) throws SQLException {
        Children children = Children.batch(db, c, selection, parameters);
        List<T> out = new ArrayList<>();
        for (Row state : Jdbc.rows(db, c, "SELECT * FROM ~" + states + " WHERE " + stateKey + " IN (" + selection + ") ORDER BY "
                + stateKey, parameters)) {
            String id = state.string(stateKey);
            Either<String, T> rebuilt = rebuilder.rebuild(children, id, state);
            if (rebuilt.isLeft()) {
                return Either.left(new RepositoryError.Unavailable(what + " " + id + " is stored corrupt: " + rebuilt.getLeft()));
            }
            out.add(rebuilt.get());
        }
        return Either.right(List.copyOf(out));
    }
}
