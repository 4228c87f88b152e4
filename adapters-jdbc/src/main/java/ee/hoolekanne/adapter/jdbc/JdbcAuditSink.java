package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The personal-data usage log in table {@code audit_record}: append-only, ordered by the database
 * sequence {@code audit_record_seq}, queryable per person through an index. Records are written in
 * the caller's transaction when one is running, so the use and its record commit or roll back
 * together.
 */
final class JdbcAuditSink implements AuditSink {

    private final Jdbc.Db db;

    JdbcAuditSink(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<PortFailure, AuditRecord> record(AuditRecord record) {
        return recordAll(List.of(record)).map(n -> record);
    }

    @Override
    public Either<PortFailure, Integer> recordAll(List<AuditRecord> records) {
        return Jdbc.write(db, "audit", c -> {
            insert(c, records);
            return Either.<RepositoryError, Integer>right(records.size());
        }).mapLeft(JdbcAuditSink::failure);
    }

    private void insert(Connection c, List<AuditRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~audit_record (seq, person, at_instant, action, receiver, "
                + "legal_basis, actor) VALUES (" + db.schema().nextValue("audit_record_seq") + ", ?, ?, ?, ?, ?, ?)"))) {
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

    @Override
    public Either<PortFailure, List<AuditRecord>> recordsOf(PersonalCode person) {
        return Jdbc.read(db, "audit", c -> Either.<RepositoryError, List<AuditRecord>>right(Jdbc.rows(db, c,
                "SELECT at_instant, action, receiver, legal_basis, actor FROM ~audit_record WHERE person = ? ORDER BY seq",
                List.of(person.value())).stream().map(r -> new AuditRecord(person, Instant.parse(r.string("at_instant")),
                r.string("action"), r.string("receiver"), r.string("legal_basis"), r.string("actor"))).toList()))
                .mapLeft(JdbcAuditSink::failure);
    }

    private static PortFailure failure(RepositoryError e) {
        return new PortFailure("audit sink", e.message());
    }
}
