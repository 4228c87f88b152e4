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
 * The personal-data usage log in table {@code audit_record}: append-only, ordered by a sequence
 * the sink assigns, queryable per person through an index.
 */
final class JdbcAuditSink implements AuditSink {

    private final DataSource dataSource;

    JdbcAuditSink(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Either<PortFailure, AuditRecord> record(AuditRecord record) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement next = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_record");
                     ResultSet rs = next.executeQuery();
                     PreparedStatement ps = c.prepareStatement("INSERT INTO audit_record "
                             + "(seq, person, at_instant, action, receiver, legal_basis, actor) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    rs.next();
                    ps.setLong(1, rs.getLong(1));
                    ps.setString(2, record.person().value());
                    ps.setString(3, record.at().toString());
                    ps.setString(4, record.action());
                    ps.setString(5, record.receiver());
                    ps.setString(6, record.legalBasis());
                    ps.setString(7, record.user());
                    ps.executeUpdate();
                    c.commit();
                    return Either.right(record);
                } catch (SQLException e) {
                    c.rollback();
                    if (!Jdbc.concurrentWrite(e)) {
                        throw e;
                    }
                }
            } catch (SQLException e) {
                return Either.left(new PortFailure("audit sink", "SQL state " + e.getSQLState()));
            }
        }
        return Either.left(new PortFailure("audit sink", "too many concurrent writers"));
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
