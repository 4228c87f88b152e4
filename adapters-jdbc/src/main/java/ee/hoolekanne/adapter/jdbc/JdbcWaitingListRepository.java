package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.WaitingListRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Waiting lists in tables {@code waiting_list}, {@code waiting_list_entry}, {@code waiting_list_change}. */
final class JdbcWaitingListRepository implements WaitingListRepository {

    private final DataSource dataSource;

    JdbcWaitingListRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<WaitingList>>> load(String key) {
        return Jdbc.reading(dataSource, key, c -> {
            Long version = Jdbc.storedVersion(c, "waiting_list", key);
            if (version == null) {
                return Either.right(Option.none());
            }
            List<WaitingList.Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, kind, completed_on, listed_on, offered_unit "
                    + "FROM waiting_list_entry WHERE list_id = ? ORDER BY position")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new WaitingList.Entry(new CaseId(rs.getString("case_id")), PlacementKind.valueOf(rs.getString("kind")),
                                Jdbc.date(rs, "completed_on"), Jdbc.date(rs, "listed_on"),
                                Option.of(rs.getString("offered_unit")).map(UnitId::new)));
                    }
                }
            }
            List<WaitingList.Change> changes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT on_date, case_id, kind, detail FROM waiting_list_change WHERE list_id = ? ORDER BY seq")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new WaitingList.Change(Jdbc.date(rs, "on_date"), new CaseId(rs.getString("case_id")),
                                WaitingList.ChangeKind.valueOf(rs.getString("kind")), rs.getString("detail")));
                    }
                }
            }
            return Either.right(Option.some(new Versioned<>(new WaitingList(key, entries, changes), version)));
        });
    }

    @Override
    public Either<RepositoryError, Long> save(String key, WaitingList list, long expectedVersion) {
        return Jdbc.saveVersioned(dataSource, "waiting_list", key, expectedVersion, c -> write(c, key, list));
    }

    private static void write(Connection c, String key, WaitingList list) throws SQLException {
        Jdbc.deleteChildren(c, "waiting_list_entry", "list_id", key);
        Jdbc.deleteChildren(c, "waiting_list_change", "list_id", key);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO waiting_list_entry "
                + "(list_id, position, case_id, kind, completed_on, listed_on, offered_unit) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (WaitingList.Entry e : list.entries()) {
                ps.setString(1, key);
                ps.setInt(2, position++);
                ps.setString(3, e.caseId().value());
                ps.setString(4, e.kind().name());
                ps.setDate(5, Jdbc.date(e.completedOn()));
                ps.setDate(6, Jdbc.date(e.listedOn()));
                ps.setString(7, e.offer().map(UnitId::value).getOrNull());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO waiting_list_change (list_id, seq, on_date, case_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (WaitingList.Change ch : list.changes()) {
                ps.setString(1, key);
                ps.setInt(2, seq++);
                ps.setDate(3, Jdbc.date(ch.on()));
                ps.setString(4, ch.caseId().value());
                ps.setString(5, ch.kind().name());
                ps.setString(6, ch.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
