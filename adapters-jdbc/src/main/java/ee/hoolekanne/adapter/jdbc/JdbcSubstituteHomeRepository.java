package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.SQLException;
import java.util.List;

/** Substitute homes and their internal evaluations (AHT-8) in {@code aht_home} and {@code aht_home_evaluation}. */
final class JdbcSubstituteHomeRepository implements SubstituteHomeRepository {

    private static final CaseTable TABLE = new CaseTable("aht_home", "aht_home", "id", "substitute home");

    private final Jdbc.Db db;

    JdbcSubstituteHomeRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<SubstituteHome>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcSubstituteHomeRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<SubstituteHome>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT id FROM ~aht_home", List.of(),
                JdbcSubstituteHomeRepository::rebuild));
    }

    private static Either<String, SubstituteHome> rebuild(Children ch, String id, Row rs) throws SQLException {
        return Either.right(new SubstituteHome(new CaseId(id), ch.of("aht_home_evaluation", "home_id", id, "position").stream()
                .map(r -> r.date("evaluated_on")).toList()));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, SubstituteHome home, long expectedVersion) {
        return Jdbc.saveVersioned(db, "aht_home", key.value(), expectedVersion, List.of("aht_home_evaluation"), "home_id",
                c -> Jdbc.insertAll(db, c, "INSERT INTO ~aht_home_evaluation (home_id, position, evaluated_on) VALUES (?, ?, ?)",
                        home.evaluations(), (ps, i, d) -> {
                            ps.setString(1, key.value());
                            ps.setInt(2, i);
                            ps.setDate(3, Jdbc.date(d));
                        }));
    }
}
