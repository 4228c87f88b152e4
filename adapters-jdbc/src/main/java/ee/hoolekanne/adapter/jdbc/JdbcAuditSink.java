package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The personal-data usage log in table {@code audit_record}: append-only, ordered by the database
 * sequence {@code audit_record_seq}, queryable per person through an index.
 */
final class JdbcAuditSink implements AuditSink {

    private final DataSource dataSource;
    private final String insertSql;

    JdbcAuditSink(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.insertSql = Auditor.insertSql(dialect);
    }

    @Override
    public Either<PortFailure, AuditRecord> record(AuditRecord record) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Auditor.insert(c, insertSql, List.of(record));
            return Either.right(record);
        } catch (SQLException e) {
            return Either.left(new PortFailure("audit sink", "SQL state " + e.getSQLState()));
        }
    }

    @Override
    public Either<PortFailure, List<AuditRecord>> recordsOf(PersonalCode person) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT at_instant, action, receiver, legal_basis, actor "
                     + "FROM audit_record WHERE person = ? ORDER BY seq")) {
            ps.setString(1, person.value());
            List<AuditRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRecord(person, Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return Either.right(List.copyOf(out));
        } catch (SQLException e) {
            return Either.left(new PortFailure("audit sink", "SQL state " + e.getSQLState()));
        } catch (RuntimeException e) {
            return Either.left(new PortFailure("audit sink", "stored record is not valid: " + e.getClass().getSimpleName()));
        }
    }
}
