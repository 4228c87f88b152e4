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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Waiting lists in tables {@code waiting_list}, {@code waiting_list_entry}, {@code waiting_list_change}. */
final class JdbcWaitingListRepository implements WaitingListRepository {

    private final Jdbc.Db db;

    JdbcWaitingListRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<WaitingList>>> load(String key) {
        return Jdbc.read(db, key, c -> Jdbc.readVersioned(db, c, "waiting_list", key, () -> {
            List<WaitingList.Entry> entries = Jdbc.rows(db, c, "SELECT case_id, kind, completed_on, listed_on, offered_unit "
                    + "FROM ~waiting_list_entry WHERE list_id = ? ORDER BY position", List.of(key)).stream()
                    .map(r -> new WaitingList.Entry(new CaseId(r.string("case_id")), PlacementKind.valueOf(r.string("kind")),
                            r.date("completed_on"), r.date("listed_on"), Option.of(r.string("offered_unit")).map(UnitId::new))).toList();
            List<WaitingList.Change> changes = Jdbc.rows(db, c, "SELECT on_date, case_id, kind, detail FROM ~waiting_list_change "
                    + "WHERE list_id = ? ORDER BY seq", List.of(key)).stream()
                    .map(r -> new WaitingList.Change(r.date("on_date"), new CaseId(r.string("case_id")),
                            WaitingList.ChangeKind.valueOf(r.string("kind")), r.string("detail"))).toList();
            return new WaitingList(key, entries, changes);
        }));
    }

    @Override
    public Either<RepositoryError, Long> save(String key, WaitingList list, long expectedVersion) {
        return Jdbc.saveVersioned(db, "waiting_list", key, expectedVersion, List.of("waiting_list_entry", "waiting_list_change"),
                "list_id", c -> write(c, key, list));
    }

    private void write(Connection c, String key, WaitingList list) throws SQLException {
        Jdbc.insertAll(db, c, "INSERT INTO ~waiting_list_entry (list_id, position, case_id, kind, completed_on, listed_on, offered_unit) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", list.entries(), (ps, i, e) -> {
                    ps.setString(1, key);
                    ps.setInt(2, i);
                    ps.setString(3, e.caseId().value());
                    ps.setString(4, e.kind().name());
                    ps.setDate(5, Jdbc.date(e.completedOn()));
                    ps.setDate(6, Jdbc.date(e.listedOn()));
                    ps.setString(7, e.offer().map(UnitId::value).getOrNull());
                });
        Jdbc.insertAll(db, c, "INSERT INTO ~waiting_list_change (list_id, seq, on_date, case_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?)",
                list.changes(), (ps, i, ch) -> {
                    ps.setString(1, key);
                    ps.setInt(2, i);
                    ps.setDate(3, Jdbc.date(ch.on()));
                    ps.setString(4, ch.caseId().value());
                    ps.setString(5, ch.kind().name());
                    ps.setString(6, ch.detail());
                });
    }
}
