package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.GroupRules;
import ee.hoolekanne.domain.substitutecare.ServiceType;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;

/** Counselling and thematic groups (AHT-7) in {@code aht_group}, its participants and meetings. */
final class JdbcCounsellingGroupRepository implements CounsellingGroupRepository {

    private static final CaseTable TABLE = new CaseTable("aht_group", "aht_group", "id", "group");

    private final Jdbc.Db db;

    JdbcCounsellingGroupRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<CounsellingGroup>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcCounsellingGroupRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<CounsellingGroup>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT id FROM ~aht_group", List.of(),
                JdbcCounsellingGroupRepository::rebuild));
    }

    private static Either<String, CounsellingGroup> rebuild(Children ch, String id, Row rs) throws SQLException {
        GroupRules rules = new GroupRules(rs.flag("closed"), rs.integer("min_academic_hours"), rs.integer("max_academic_hours"),
                rs.integer("min_meetings_per_year"), rs.integer("max_meetings_per_year"), rs.integer("min_participants"),
                rs.integer("max_participants"));
        LinkedHashSet<String> participants = new LinkedHashSet<>();
        ch.of("aht_group_participant", "group_id", id, "position").forEach(r -> participants.add(r.string("participant")));
        List<CounsellingGroup.Meeting> meetings = ch.of("aht_group_meeting", "group_id", id, "position").stream()
                .map(r -> new CounsellingGroup.Meeting(r.date("meeting_on"), r.integer("academic_hours"))).toList();
        return Either.right(new CounsellingGroup(new CaseId(id), ServiceType.valueOf(rs.string("service_type")), rules, participants,
                meetings));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, CounsellingGroup group, long expectedVersion) {
        return Jdbc.saveVersioned(db, "aht_group", key.value(), expectedVersion, List.of("aht_group_participant", "aht_group_meeting"),
                "group_id", c -> {
                    GroupRules r = group.rules();
                    try (PreparedStatement ps = c.prepareStatement(db.sql("UPDATE ~aht_group SET service_type = ?, closed = ?, "
                            + "min_academic_hours = ?, max_academic_hours = ?, min_meetings_per_year = ?, max_meetings_per_year = ?, "
                            + "min_participants = ?, max_participants = ? WHERE id = ?"))) {
                        ps.setString(1, group.type().name());
                        ps.setBoolean(2, r.closed());
                        ps.setInt(3, r.minAcademicHours());
                        ps.setInt(4, r.maxAcademicHours());
                        ps.setInt(5, r.minMeetingsPerYear());
                        ps.setInt(6, r.maxMeetingsPerYear());
                        ps.setInt(7, r.minParticipants());
                        ps.setInt(8, r.maxParticipants());
                        ps.setString(9, key.value());
                        ps.executeUpdate();
                    }
                    Jdbc.insertAll(db, c, "INSERT INTO ~aht_group_participant (group_id, position, participant) VALUES (?, ?, ?)",
                            group.participants().stream().sorted().toList(), (ps, i, p) -> {
                                ps.setString(1, key.value());
                                ps.setInt(2, i);
                                ps.setString(3, p);
                            });
                    Jdbc.insertAll(db, c, "INSERT INTO ~aht_group_meeting (group_id, position, meeting_on, academic_hours) VALUES (?, ?, ?, ?)",
                            group.meetings(), (ps, i, m) -> {
                                ps.setString(1, key.value());
                                ps.setInt(2, i);
                                ps.setDate(3, Jdbc.date(m.on()));
                                ps.setInt(4, m.academicHours());
                            });
                });
    }
}
