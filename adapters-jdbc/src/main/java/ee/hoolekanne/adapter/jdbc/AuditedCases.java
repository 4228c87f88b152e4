package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads, finds and saves one kind of case that holds persons' data, recording each read and write
 * through the {@link Auditor} on the connection of the same transaction (nothing when auditing is
 * off). The audit context is asked before the transaction starts: without one the call is refused
 * and nothing is read or written.
 *
 * @param <T> the case type
 */
final class AuditedCases<T> {

    private final DataSource dataSource;
    private final Auditor auditor;
    private final String noun;
    private final Function<T, List<PersonalCode>> persons;
    private final Jdbc.AggregateReader<T> reader;
    private final Option<DueIndex<T>> due;

    /**
     * @param noun    the case's name in audit actions, e.g. "youth support case"
     * @param persons whose data a case holds
     * @param reader  reads one case by id in an open transaction
     */
    AuditedCases(DataSource dataSource, Auditor auditor, String noun, Function<T, List<PersonalCode>> persons,
                 Jdbc.AggregateReader<T> reader) {
        this(dataSource, auditor, noun, persons, reader, Option.none());
    }

    /** As above, each save also rewriting the case's row of the deadline index {@code due}. */
    AuditedCases(DataSource dataSource, Auditor auditor, String noun, Function<T, List<PersonalCode>> persons,
                 Jdbc.AggregateReader<T> reader, Option<DueIndex<T>> due) {
        this.dataSource = dataSource;
        this.auditor = auditor;
        this.noun = noun;
        this.persons = persons;
        this.reader = reader;
        this.due = due;
    }

    /** The case stored under {@code key}, its read recorded. */
    Either<RepositoryError, Option<Versioned<T>>> load(String key) {
        return context().flatMap(context -> Jdbc.reading(dataSource, key, c -> recordingReader(context).read(c, key)));
    }

    /** The cases whose ids {@code sql} selects (see {@link Jdbc#readSelected}), each read recorded. */
    Either<RepositoryError, List<T>> select(String label, String sql, String value) {
        return context().flatMap(context -> Jdbc.readSelected(dataSource, label, sql, value, recordingReader(context)));
    }

    /** The cases whose ids {@code sql} selects with {@code parameters}, each read recorded. */
    Either<RepositoryError, List<T>> select(String label, String sql, Jdbc.Parameters parameters) {
        return context().flatMap(context -> Jdbc.readSelected(dataSource, label, sql, parameters, recordingReader(context)));
    }

    /**
     * Saves {@code aggregate} under the plain version row of {@code table} (see
     * {@link Jdbc#saveVersioned}), its write recorded in the same transaction.
     */
    Either<RepositoryError, Long> save(String table, String key, T aggregate, long expectedVersion, Jdbc.ChildWriter children) {
        return context().flatMap(context -> Jdbc.saveVersioned(dataSource, table, key, expectedVersion, c -> {
            children.write(c);
            index(c, key, aggregate);
            record(c, context, aggregate, "save " + noun + " " + key);
        }));
    }

    /** Rewrites the case's row of the deadline index on {@code c} (nothing without an index). */
    void index(Connection c, String key, T aggregate) throws SQLException {
        if (due.isDefined()) {
            due.get().write(c, key, aggregate);
        }
    }

    /**
     * The cases with an obligation due by {@code horizon} under {@code schedule}: from the
     * deadline index when it is computed with {@code schedule}, else {@code otherwise} (which
     * reads every open case).
     */
    Either<RepositoryError, List<T>> dueBy(LocalDate horizon, ObligationSchedule<T> schedule,
                                           Supplier<Either<RepositoryError, List<T>>> otherwise) {
        return due.filter(index -> index.answers(schedule))
                .map(index -> select("findDueBy", DueIndex.DUE_BY, index.dueBy(horizon)))
                .getOrElse(otherwise);
    }

    /**
     * Recomputes the deadline index of every case {@code openIds} selects, in one transaction;
     * how many of them have something due. Reads for indexing are not personal-data uses, so none is audited.
     */
    Either<RepositoryError, Integer> reindex(String openIds) {
        if (due.isEmpty()) {
            return Either.right(0);
        }
        DueIndex<T> index = due.get();
        return Jdbc.inTransaction(dataSource, "reindex " + noun, 0, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_due WHERE service = ?")) {
                ps.setString(1, index.service());
                ps.executeUpdate();
            }
            int indexed = 0;
            for (String id : Jdbc.selectAll(c, openIds, null, rs -> rs.getString(1))) {
                Either<RepositoryError, Option<Versioned<T>>> read = reader.read(c, id);
                if (read.isLeft()) {
                    return Either.left(read.getLeft());
                }
                if (read.get().isDefined() && index.write(c, id, read.get().get().value())) {
                    indexed++;
                }
            }
            return Either.right(indexed);
        });
    }

    /**
     * The audit context of this call: none when auditing is off, an error when auditing is on
     * and the embedding application gives no context.
     */
    Either<RepositoryError, Option<AuditContext>> context() {
        if (!auditor.active()) {
            return Either.right(Option.none());
        }
        try {
            return Either.right(Option.some(auditor.context()));
        } catch (Auditor.MissingContext e) {
            return Either.left(new RepositoryError.Unavailable(e.getMessage()));
        }
    }

    /** Records {@code action} on the data of everyone in {@code aggregate}, on {@code c}. */
    void record(Connection c, Option<AuditContext> context, T aggregate, String action) throws SQLException {
        if (context.isDefined()) {
            auditor.record(c, context.get(), persons.apply(aggregate), action);
        }
    }

    private Jdbc.AggregateReader<T> recordingReader(Option<AuditContext> context) {
        return (c, id) -> {
            Either<RepositoryError, Option<Versioned<T>>> read = reader.read(c, id);
            if (read.isRight() && read.get().isDefined()) {
                record(c, context, read.get().get().value(), "read " + noun + " " + id);
            }
            return read;
        };
    }
}
