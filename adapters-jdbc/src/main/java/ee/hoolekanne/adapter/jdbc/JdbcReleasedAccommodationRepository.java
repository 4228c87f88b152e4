package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Released prisoners' accommodation stays (JUS-3 .. JUS-5) in {@code jus_stay} (id, version),
 * {@code jus_stay_state}, the extensions and the action plan's tables.
 */
final class JdbcReleasedAccommodationRepository implements ReleasedAccommodationRepository {

    private static final List<String> CHILDREN = List.of("jus_decision_fact", "jus_decision_act", "jus_stay_state", "jus_extension_basis", "jus_extension");
    private static final CaseTable TABLE = new CaseTable("jus_stay", "jus_stay_state", "case_id", "accommodation stay");

    private final Jdbc.Db db;

    JdbcReleasedAccommodationRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<ReleasedAccommodation>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcReleasedAccommodationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<ReleasedAccommodation>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~jus_stay_state WHERE state = 'Staying'",
                List.of(), JdbcReleasedAccommodationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<ReleasedAccommodation>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~jus_stay_state WHERE person = ?",
                List.of(person.value()), JdbcReleasedAccommodationRepository::rebuild));
    }

    private static Either<String, ReleasedAccommodation> rebuild(Children ch, String id, Row rs) throws SQLException {
        CaseId caseId = new CaseId(id);
        PersonalCode person = PersonalCode.parse(rs.string("person")).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
        ProviderId provider = new ProviderId(rs.string("provider"));
        UnitId unit = new UnitId(rs.string("unit_id"));
        FundingSource funding = FundingSource.valueOf(rs.string("funding"));
        Map<Integer, List<LegalBasis>> bases = new HashMap<>();
        for (Row b : ch.of("jus_extension_basis", "case_id", id, "extension, position")) {
            bases.computeIfAbsent(b.integer("extension"), k -> new ArrayList<>()).add(Decisions.basis(b));
        }
        Map<String, DecisionActs.Act> acts = DecisionActs.read(ch, "jus", id);
        List<Decision> extensions = ch.of("jus_extension", "case_id", id, "position").stream().map(r -> DecisionActs.complete(new Decision(
                new DecisionId(r.string("decision_id")), new DecisionMaker(r.string("made_by")), r.date("made_on"),
                new Outcome.Extend(r.date("new_end")), bases.getOrDefault(r.integer("position"), List.of()),
                Option.of(r.string("supersedes")).map(DecisionId::new)), acts)).toList();
        Either<SupportServiceError, ReleasedAccommodation> rebuilt = switch (rs.string("state")) {
            case "Staying" -> {
                Set<SupportingActivity> activities = EnumSet.noneOf(SupportingActivity.class);
                String joined = rs.string("activities");
                if (joined != null && !joined.isEmpty()) {
                    Arrays.stream(joined.split(",")).map(SupportingActivity::valueOf).forEach(activities::add);
                }
                yield ReleasedAccommodation.Reconstitute.staying(caseId, person, provider, unit, rs.date("admitted_on"), funding,
                        activities, rs.date("until_date"), ActionPlanRows.ACCOMMODATION.read(ch, id),
                        Option.of(rs.string("plan_helper")).map(SupportPersonId::new), extensions);
            }
            case "Left" -> ReleasedAccommodation.Reconstitute.left(caseId, person, provider, unit, rs.date("admitted_on"), funding,
                    rs.date("left_on"), rs.string("left_reason"), extensions);
            default -> Either.left(new SupportServiceError.Invalid("unknown state"));
        };
        return rebuilt.mapLeft(SupportServiceError::message);
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, ReleasedAccommodation a, long expectedVersion) {
        List<String> children = new ArrayList<>(ActionPlanRows.ACCOMMODATION.tables());
        children.addAll(CHILDREN);
        return Jdbc.saveVersioned(db, "jus_stay", key.value(), expectedVersion, children, "case_id", c -> write(c, key.value(), a));
    }

    private void write(Connection c, String id, ReleasedAccommodation a) throws SQLException {
        ReleasedAccommodation.Staying staying = a instanceof ReleasedAccommodation.Staying s ? s : null;
        ReleasedAccommodation.Left left = a instanceof ReleasedAccommodation.Left l ? l : null;
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~jus_stay_state (case_id, state, person, provider, unit_id, "
                + "admitted_on, funding, activities, until_date, plan_helper, left_on, left_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            ps.setString(1, id);
            ps.setString(2, a.state());
            ps.setString(3, a.person().value());
            ps.setString(4, a.provider().value());
            ps.setString(5, a.unit().value());
            ps.setDate(6, Jdbc.date(a.admittedOn()));
            ps.setString(7, a.funding().name());
            ps.setString(8, staying == null ? null
                    : staying.activities().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            ps.setDate(9, staying == null ? null : Jdbc.date(staying.until()));
            ps.setString(10, staying == null ? null : staying.planHelper().map(SupportPersonId::value).getOrNull());
            ps.setDate(11, left == null ? null : Jdbc.date(left.leftOn()));
            ps.setString(12, left == null ? null : left.reason());
            ps.executeUpdate();
        }
        List<Decision> extensions = a.extensions();
        DecisionActs.write(db, c, "jus", id, extensions);
        for (int i = 0; i < extensions.size(); i++) {
            Decision d = extensions.get(i);
            int position = i;
            try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~jus_extension (case_id, position, decision_id, made_by, "
                    + "made_on, new_end, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, d.id().value());
                ps.setString(4, d.madeBy().body());
                ps.setDate(5, Jdbc.date(d.madeOn()));
                ps.setDate(6, Jdbc.date(((Outcome.Extend) d.outcome()).newServiceEnd()));
                ps.setString(7, d.supersedes().map(DecisionId::value).getOrNull());
                ps.executeUpdate();
            }
            Jdbc.insertAll(db, c, "INSERT INTO ~jus_extension_basis (case_id, extension, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                    d.legalBasis(), (ps, k, b) -> {
                        ps.setString(1, id);
                        ps.setInt(2, position);
                        ps.setInt(3, k);
                        ps.setString(4, b.ruleId());
                        ps.setString(5, b.provision());
                    });
        }
        if (staying != null && staying.actionPlan().isDefined()) {
            ActionPlanRows.ACCOMMODATION.write(db, c, id, staying.actionPlan().get());
        }
    }
}
