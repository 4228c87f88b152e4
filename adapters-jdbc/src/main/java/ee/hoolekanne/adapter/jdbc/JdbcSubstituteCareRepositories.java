package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.GroupRules;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.substitutecare.ServiceType;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Training;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The substitute-care repositories (AHT) in tables {@code aht_*}. */
final class JdbcSubstituteCareRepositories {

    private JdbcSubstituteCareRepositories() {
    }

    /** Families' use of services (AHT-5, AHT-6). */
    static final class Families implements FamilyServicesRepository {
        private final DataSource dataSource;

        Families(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Either<RepositoryError, Option<Versioned<FamilyServices>>> load(String key) {
            return Jdbc.reading(dataSource, key, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM aht_family WHERE id = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Either.right(Option.none());
                        }
                        String experience = rs.getString("mentor_experience");
                        String training = rs.getString("mentor_training");
                        LocalDate trainedOn = Jdbc.date(rs, "mentor_trained_on");
                        Option<Mentor> mentor = Option.of(rs.getString("mentor_id")).map(id -> new Mentor(id,
                                Option.of(experience).map(CarerKind::valueOf),
                                Option.of(training).map(name -> new Training(name, trainedOn))));
                        FamilyServices family = new FamilyServices(key, CarerKind.valueOf(rs.getString("carer_kind")),
                                County.valueOf(rs.getString("county")),
                                dates(c, "SELECT session_on FROM aht_family_session WHERE family_id = ? ORDER BY position", key), mentor);
                        return Either.right(Option.some(new Versioned<>(family, rs.getLong("version"))));
                    }
                }
            });
        }

        @Override
        public Either<RepositoryError, Long> save(String key, FamilyServices family, long expectedVersion) {
            return Jdbc.saveVersioned(dataSource, "aht_family", key, expectedVersion, c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE aht_family SET carer_kind = ?, county = ?, mentor_id = ?, "
                        + "mentor_experience = ?, mentor_training = ?, mentor_trained_on = ? WHERE id = ?")) {
                    ps.setString(1, family.kind().name());
                    ps.setString(2, family.county().name());
                    ps.setString(3, family.mentor().map(Mentor::id).getOrNull());
                    ps.setString(4, family.mentor().flatMap(Mentor::personalExperience).map(Enum::name).getOrNull());
                    ps.setString(5, family.mentor().flatMap(Mentor::preparatoryTraining).map(Training::name).getOrNull());
                    ps.setDate(6, family.mentor().flatMap(Mentor::preparatoryTraining).map(t -> Jdbc.date(t.completedOn())).getOrNull());
                    ps.setString(7, key);
                    ps.executeUpdate();
                }
                Jdbc.deleteChildren(c, "aht_family_session", "family_id", key);
                insertDates(c, "INSERT INTO aht_family_session (family_id, position, session_on) VALUES (?, ?, ?)", key, family.sessions());
            });
        }
    }

    /** Counselling and thematic groups (AHT-7). */
    static final class Groups implements CounsellingGroupRepository {
        private final DataSource dataSource;

        Groups(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Either<RepositoryError, Option<Versioned<CounsellingGroup>>> load(String key) {
            return Jdbc.reading(dataSource, key, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM aht_group WHERE id = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Either.right(Option.none());
                        }
                        GroupRules rules = new GroupRules(rs.getBoolean("closed"), rs.getInt("min_academic_hours"),
                                rs.getInt("max_academic_hours"), rs.getInt("min_meetings_per_year"), rs.getInt("max_meetings_per_year"),
                                rs.getInt("min_participants"), rs.getInt("max_participants"));
                        Set<String> participants = new LinkedHashSet<>(strings(c,
                                "SELECT participant FROM aht_group_participant WHERE group_id = ? ORDER BY position", key));
                        List<CounsellingGroup.Meeting> meetings = new ArrayList<>();
                        try (PreparedStatement m = c.prepareStatement(
                                "SELECT meeting_on, academic_hours FROM aht_group_meeting WHERE group_id = ? ORDER BY position")) {
                            m.setString(1, key);
                            try (ResultSet mr = m.executeQuery()) {
                                while (mr.next()) {
                                    meetings.add(new CounsellingGroup.Meeting(Jdbc.date(mr, "meeting_on"), mr.getInt("academic_hours")));
                                }
                            }
                        }
                        CounsellingGroup group = new CounsellingGroup(key, ServiceType.valueOf(rs.getString("service_type")), rules,
                                participants, meetings);
                        return Either.right(Option.some(new Versioned<>(group, rs.getLong("version"))));
                    }
                }
            });
        }

        @Override
        public Either<RepositoryError, Long> save(String key, CounsellingGroup group, long expectedVersion) {
            return Jdbc.saveVersioned(dataSource, "aht_group", key, expectedVersion, c -> {
                GroupRules r = group.rules();
                try (PreparedStatement ps = c.prepareStatement("UPDATE aht_group SET service_type = ?, closed = ?, min_academic_hours = ?, "
                        + "max_academic_hours = ?, min_meetings_per_year = ?, max_meetings_per_year = ?, min_participants = ?, "
                        + "max_participants = ? WHERE id = ?")) {
                    ps.setString(1, group.type().name());
                    ps.setBoolean(2, r.closed());
                    ps.setInt(3, r.minAcademicHours());
                    ps.setInt(4, r.maxAcademicHours());
                    ps.setInt(5, r.minMeetingsPerYear());
                    ps.setInt(6, r.maxMeetingsPerYear());
                    ps.setInt(7, r.minParticipants());
                    ps.setInt(8, r.maxParticipants());
                    ps.setString(9, key);
                    ps.executeUpdate();
                }
                Jdbc.deleteChildren(c, "aht_group_participant", "group_id", key);
                Jdbc.deleteChildren(c, "aht_group_meeting", "group_id", key);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO aht_group_participant (group_id, position, participant) VALUES (?, ?, ?)")) {
                    int i = 0;
                    for (String p : group.participants().stream().sorted().toList()) {
                        ps.setString(1, key);
                        ps.setInt(2, i++);
                        ps.setString(3, p);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO aht_group_meeting (group_id, position, meeting_on, academic_hours) VALUES (?, ?, ?, ?)")) {
                    int i = 0;
                    for (CounsellingGroup.Meeting m : group.meetings()) {
                        ps.setString(1, key);
                        ps.setInt(2, i++);
                        ps.setDate(3, Jdbc.date(m.on()));
                        ps.setInt(4, m.academicHours());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
    }

    /** Substitute homes and their internal evaluations (AHT-8). */
    static final class Homes implements SubstituteHomeRepository {
        private final DataSource dataSource;

        Homes(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Either<RepositoryError, Option<Versioned<SubstituteHome>>> load(CaseId key) {
            return Jdbc.reading(dataSource, key.value(), c -> read(c, key.value()));
        }

        private static Either<RepositoryError, Option<Versioned<SubstituteHome>>> read(Connection c, String id) throws SQLException {
            Long version = Jdbc.storedVersion(c, "aht_home", id);
            if (version == null) {
                return Either.right(Option.none());
            }
            List<LocalDate> evaluations = dates(c, "SELECT evaluated_on FROM aht_home_evaluation WHERE home_id = ? ORDER BY position", id);
            return Either.right(Option.some(new Versioned<>(new SubstituteHome(new CaseId(id), evaluations), version)));
        }

        @Override
        public Either<RepositoryError, List<SubstituteHome>> findAll() {
            return Jdbc.reading(dataSource, "findAll", c -> {
                List<SubstituteHome> out = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM aht_home ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                for (String id : ids) {
                    read(c, id).get().forEach(v -> out.add(v.value()));
                }
                return Either.right(List.copyOf(out));
            });
        }

        @Override
        public Either<RepositoryError, Long> save(CaseId key, SubstituteHome home, long expectedVersion) {
            return Jdbc.saveVersioned(dataSource, "aht_home", key.value(), expectedVersion, c -> {
                Jdbc.deleteChildren(c, "aht_home_evaluation", "home_id", key.value());
                insertDates(c, "INSERT INTO aht_home_evaluation (home_id, position, evaluated_on) VALUES (?, ?, ?)", key.value(),
                        home.evaluations());
            });
        }
    }

    private static List<LocalDate> dates(Connection c, String sql, String key) throws SQLException {
        List<LocalDate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getDate(1).toLocalDate());
                }
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql, String key) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void insertDates(Connection c, String sql, String key, List<LocalDate> dates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < dates.size(); i++) {
                ps.setString(1, key);
                ps.setInt(2, i);
                ps.setDate(3, Jdbc.date(dates.get(i)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
