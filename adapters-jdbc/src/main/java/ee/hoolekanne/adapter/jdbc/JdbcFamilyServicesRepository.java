package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Training;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** What carer families used of the substitute-care services (AHT-4 .. AHT-6), in {@code aht_family} and {@code aht_family_session}. */
final class JdbcFamilyServicesRepository implements FamilyServicesRepository {

    private static final CaseTable TABLE = new CaseTable("aht_family", "aht_family", "id", "family");

    private final Jdbc.Db db;

    JdbcFamilyServicesRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<FamilyServices>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcFamilyServicesRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<FamilyServices>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT id FROM ~aht_family", List.of(),
                JdbcFamilyServicesRepository::rebuild));
    }

    private static Either<String, FamilyServices> rebuild(Children ch, String id, Row rs) throws SQLException {
        String experience = rs.string("mentor_experience");
        String training = rs.string("mentor_training");
        LocalDate trainedOn = rs.date("mentor_trained_on");
        Option<Mentor> mentor = Option.of(rs.string("mentor_id")).map(m -> new Mentor(m, Option.of(experience).map(CarerKind::valueOf),
                Option.of(training).map(name -> new Training(name, trainedOn))));
        List<FamilyServices.Session> sessions = ch.of("aht_family_session", "family_id", id, "position").stream()
                .map(r -> new FamilyServices.Session(r.date("session_on"), Option.of(r.string("provider")).map(ProviderId::new))).toList();
        return Either.right(new FamilyServices(new CaseId(id), CarerKind.valueOf(rs.string("carer_kind")),
                County.valueOf(rs.string("county")), sessions, mentor));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, FamilyServices family, long expectedVersion) {
        return Jdbc.saveVersioned(db, "aht_family", key.value(), expectedVersion, List.of("aht_family_session"), "family_id", c -> {
            try (PreparedStatement ps = c.prepareStatement(db.sql("UPDATE ~aht_family SET carer_kind = ?, county = ?, mentor_id = ?, "
                    + "mentor_experience = ?, mentor_training = ?, mentor_trained_on = ? WHERE id = ?"))) {
                ps.setString(1, family.carer().name());
                ps.setString(2, family.county().name());
                ps.setString(3, family.mentor().map(Mentor::id).getOrNull());
                ps.setString(4, family.mentor().flatMap(Mentor::personalExperience).map(Enum::name).getOrNull());
                ps.setString(5, family.mentor().flatMap(Mentor::preparatoryTraining).map(Training::name).getOrNull());
                ps.setDate(6, family.mentor().flatMap(Mentor::preparatoryTraining).map(t -> Jdbc.date(t.completedOn())).getOrNull());
                ps.setString(7, key.value());
                ps.executeUpdate();
            }
            Jdbc.insertAll(db, c, "INSERT INTO ~aht_family_session (family_id, position, session_on, provider) VALUES (?, ?, ?, ?)",
                    family.sessions(), (ps, i, s) -> {
                        ps.setString(1, key.value());
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(s.on()));
                        ps.setString(4, s.provider().map(ProviderId::value).getOrNull());
                    });
        });
    }
}
