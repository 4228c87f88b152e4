package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.AuditRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes audit records on the connection of the transaction that reads or writes the data, so the
 * record and the use it records commit or roll back together. {@link #NONE} records nothing.
 */
final class Auditor {

    /** Records nothing: the adapters without auditing. */
    static final Auditor NONE = new Auditor(null, null, null);

    private final Clock clock;
    private final Supplier<AuditContext> context;
    private final String insertSql;

    private Auditor(Clock clock, Supplier<AuditContext> context, String insertSql) {
        this.clock = clock;
        this.context = context;
        this.insertSql = insertSql;
    }

    /** An auditor taking the time from {@code clock} and the rest from {@code context} per call. */
    static Auditor of(Clock clock, Supplier<AuditContext> context, Dialect dialect) {
        return new Auditor(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(context, "context"),
                insertSql(dialect));
    }

    /** The insert of one record, numbered by the database's audit sequence. */
    static String insertSql(Dialect dialect) {
        return "INSERT INTO audit_record (seq, person, at_instant, action, receiver, legal_basis, actor) VALUES ("
                + dialect.nextValue("audit_record_seq") + ", ?, ?, ?, ?, ?, ?)";
    }

    /** Whether this auditor records anything. */
    boolean active() {
        return context != null;
    }

    /**
     * The current context, checked before any write so that a missing context refuses the whole
     * operation instead of leaving it unrecorded.
     *
     * @throws MissingContext when the supplier fails or gives nothing
     */
    AuditContext context() {
        AuditContext current;
        try {
            current = context.get();
        } catch (RuntimeException e) {
            throw new MissingContext();
        }
        if (current == null) {
            throw new MissingContext();
        }
        return current;
    }

    /** Records {@code action} on each of {@code persons}' data, on {@code c}, in its transaction. */
    void record(Connection c, AuditContext current, Collection<PersonalCode> persons, String action) throws SQLException {
        java.time.Instant now = clock.instant();
        List<AuditRecord> records = persons.stream().distinct()
                .map(p -> new AuditRecord(p, now, action, current.receiver(), current.legalBasis(), current.user())).toList();
        insert(c, insertSql, records);
    }

    /** Batch-inserts {@code records} with {@code sql} from {@link #insertSql}. */
    static void insert(Connection c, String sql, List<AuditRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (AuditRecord r : records) {
                ps.setString(1, r.person().value());
                ps.setString(2, r.at().toString());
                ps.setString(3, r.action());
                ps.setString(4, r.receiver());
                ps.setString(5, r.legalBasis());
                ps.setString(6, r.user());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The embedding application gave no audit context for a call that must be recorded. */
    static final class MissingContext extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingContext() {
            super("no audit context: the call was refused and nothing was read or written", null, false, false);
        }
    }
}
