package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.resocialization.Stay;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Resocialization cases (RES) in {@code res_case} (id, version), {@code res_state} ({@code state}
 * the discriminator) and child tables; loading rebuilds every stage through
 * {@link Resocialization.Reconstitute}.
 */
final class JdbcResocializationRepository implements ResocializationRepository {

    private static final List<String> CHILDREN = List.of("res_state", "res_member", "res_decision_basis", "res_decision_ground",
            "res_decision", "res_stay", "res_laundry");

    /** The outcomes a resocialization decision can have (RES-4, RES-5, RES-8). */
    private static final java.util.Set<String> RESOCIALIZATION_OUTCOMES = java.util.Set.of("GRANT_SERVICE", "MOVE_STAGE", "REFUSE");

    private final DataSource dataSource;

    private final AuditedCases<Resocialization> cases;

    JdbcResocializationRepository(DataSource dataSource, Auditor auditor) {
        this.dataSource = dataSource;
        this.cases = new AuditedCases<>(dataSource, auditor, "resocialization case", Resocialization::persons,
                JdbcResocializationRepository::read);
    }

    @Override
    public Either<RepositoryError, Option<Versioned<Resocialization>>> load(CaseId key) {
        return cases.load(key.value());
    }

    @Override
    public Either<RepositoryError, List<Resocialization>> casesAbout(PersonalCode person) {
        return cases.select("casesAbout", "SELECT case_id FROM res_state WHERE applicant = ? "
                + "UNION SELECT case_id FROM res_member WHERE code = ? ORDER BY 1", person.value());
    }

    private static Either<RepositoryError, Option<Versioned<Resocialization>>> read(Connection c, String id) throws SQLException {
        return Jdbc.readStateRow(c, "res_case", "res_state", id, "resocialization case",
                (conn, key, rs) -> rebuild(conn, new CaseId(key), rs).mapLeft(e -> e.message()));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, Resocialization r, long expectedVersion) {
        return cases.save("res_case", key.value(), r, expectedVersion, c -> {
            for (String table : ActionPlanRows.RESOCIALIZATION.tables()) {
                Jdbc.deleteChildren(c, table, "case_id", key.value());
            }
            for (String table : CHILDREN) {
                Jdbc.deleteChildren(c, table, "case_id", key.value());
            }
            write(c, key.value(), r);
        });
    }

    private static void write(Connection c, String id, Resocialization r) throws SQLException {
        ResocializationForm f = r.form();
        Stage stage = r instanceof Resocialization.Resident resident ? resident.stage() : null;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO res_state (case_id, state, applicant, name, residence_or_stay, "
                + "contact_details, members_given, why_counselling, what_hinders, why_no_dwelling, district, identity_kind, "
                + "identity_verified, applied_on, stage, since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, r.state());
            ps.setString(3, f.applicant().value());
            ps.setString(4, f.name().getOrNull());
            ps.setString(5, f.residenceOrStay().getOrNull());
            ps.setString(6, f.contactDetails().getOrNull());
            ps.setBoolean(7, f.householdMembers().isDefined());
            ps.setString(8, f.whyCounselling().getOrNull());
            ps.setString(9, f.whatHinders().getOrNull());
            ps.setString(10, f.whyNoDwelling().getOrNull());
            ps.setString(11, r.districtGovernment());
            ps.setString(12, r.identity().kind().name());
            ps.setDate(13, Jdbc.date(r.identity().verifiedOn()));
            ps.setDate(14, Jdbc.date(r.appliedOn()));
            ps.setString(15, stage == null ? null : stage.name());
            ps.setDate(16, r instanceof Resocialization.InIndependentLife life ? Jdbc.date(life.since()) : null);
            ps.executeUpdate();
        }
        Jdbc.insertAll(c, "INSERT INTO res_member (case_id, position, code) VALUES (?, ?, ?)", f.householdMembers().getOrElse(List.of()),
                (ps, i, m) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, m.value());
                });
        List<Decision> decisions = r.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            int position = i;
            OutcomeColumns outcome = OutcomeColumns.of(d.outcome());
            if (!RESOCIALIZATION_OUTCOMES.contains(outcome.kind())) {
                throw new IllegalArgumentException("not a resocialization decision: " + outcome.kind());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO res_decision (case_id, position, decision_id, made_by, made_on, "
                    + "outcome, outcome_text, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, d.id().value());
                ps.setString(4, d.madeBy().body());
                ps.setDate(5, Jdbc.date(d.madeOn()));
                ps.setString(6, outcome.kind());
                ps.setString(7, outcome.text());
                ps.setString(8, d.supersedes().map(DecisionId::value).getOrNull());
                ps.executeUpdate();
            }
            Jdbc.insertAll(c, "INSERT INTO res_decision_basis (case_id, decision, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                    d.legalBasis(), (ps, k, b) -> {
                        ps.setString(1, id);
                        ps.setInt(2, position);
                        ps.setInt(3, k);
                        ps.setString(4, b.ruleId());
                        ps.setString(5, b.provision());
                    });
            Jdbc.insertAll(c, "INSERT INTO res_decision_ground (case_id, decision, position, rule_id, provision, description) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", outcome.grounds(), (ps, k, g) -> {
                        ps.setString(1, id);
                        ps.setInt(2, position);
                        ps.setInt(3, k);
                        ps.setString(4, g.ruleId());
                        ps.setString(5, g.provision());
                        ps.setString(6, g.description());
                    });
        }
        List<Stay> stays = switch (r) {
            case Resocialization.Resident resident -> resident.stays();
            case Resocialization.InIndependentLife life -> life.stays();
            default -> List.of();
        };
        Jdbc.insertAll(c, "INSERT INTO res_stay (case_id, position, stage, unit_id, beds, renovated, children, from_date, until_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", stays, (ps, i, s) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, s.stage().name());
                    ps.setString(4, s.room().unit().value());
                    ps.setInt(5, s.room().beds());
                    ps.setBoolean(6, s.room().renovated());
                    ps.setInt(7, s.children());
                    ps.setDate(8, Jdbc.date(s.from()));
                    ps.setDate(9, s.until().map(Jdbc::date).getOrNull());
                });
        List<LaundryUse> laundry = switch (r) {
            case Resocialization.Resident resident -> resident.laundry();
            case Resocialization.InIndependentLife life -> life.laundry();
            default -> List.of();
        };
        Jdbc.insertAll(c, "INSERT INTO res_laundry (case_id, position, on_date, service, loads) VALUES (?, ?, ?, ?, ?)", laundry,
                (ps, i, l) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setDate(3, Jdbc.date(l.on()));
                    ps.setString(4, l.service().name());
                    ps.setInt(5, l.loads());
                });
        if (r instanceof Resocialization.Resident resident && resident.actionPlan().isDefined()) {
            ActionPlanRows.RESOCIALIZATION.write(c, id, resident.actionPlan().get());
        }
    }

    private static Either<ResocializationError, Resocialization> rebuild(Connection c, CaseId caseId, ResultSet rs) throws SQLException {
        String id = caseId.value();
        PersonalCode applicant = PersonalCode.parse(rs.getString("applicant")).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
        List<PersonalCode> members = new ArrayList<>();
        for (String code : Jdbc.selectAll(c, "SELECT code FROM res_member WHERE case_id = ? ORDER BY position", id, r -> r.getString(1))) {
            members.add(PersonalCode.parse(code).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        ResocializationForm form = new ResocializationForm(applicant, Option.of(rs.getString("name")),
                Option.of(rs.getString("residence_or_stay")), Option.of(rs.getString("contact_details")),
                rs.getBoolean("members_given") ? Option.some(members) : Option.none(), Option.of(rs.getString("why_counselling")),
                Option.of(rs.getString("what_hinders")), Option.of(rs.getString("why_no_dwelling")));
        List<Decision> decisions = new ArrayList<>();
        List<Object[]> rows = Jdbc.selectAll(c, "SELECT position, decision_id, made_by, made_on, outcome, outcome_text, supersedes "
                + "FROM res_decision WHERE case_id = ? ORDER BY position", id, r -> new Object[] {r.getInt(1), r.getString(2), r.getString(3),
                Jdbc.date(r, "made_on"), r.getString(5), r.getString(6), r.getString(7)});
        for (Object[] row : rows) {
            int position = (Integer) row[0];
            List<LegalBasis> basis = new ArrayList<>();
            List<Ground> grounds = new ArrayList<>();
            try (PreparedStatement b = c.prepareStatement(
                    "SELECT rule_id, provision FROM res_decision_basis WHERE case_id = ? AND decision = ? ORDER BY position");
                 PreparedStatement g = c.prepareStatement("SELECT rule_id, provision, description FROM res_decision_ground "
                         + "WHERE case_id = ? AND decision = ? ORDER BY position")) {
                b.setString(1, id);
                b.setInt(2, position);
                try (ResultSet br = b.executeQuery()) {
                    while (br.next()) {
                        basis.add(LegalBasis.of(br.getString(1), br.getString(2)));
                    }
                }
                g.setString(1, id);
                g.setInt(2, position);
                try (ResultSet gr = g.executeQuery()) {
                    while (gr.next()) {
                        grounds.add(new StatedGround(gr.getString(1), gr.getString(2), gr.getString(3)));
                    }
                }
            }
            Outcome outcome = switch ((String) row[4]) {
                case "GRANT_SERVICE" -> new Outcome.GrantService((String) row[5]);
                case "MOVE_STAGE" -> new Outcome.MoveStage((String) row[5]);
                case "REFUSE" -> new Outcome.Refuse(grounds);
                default -> throw new IllegalArgumentException("unknown outcome");
            };
            decisions.add(new Decision(new DecisionId((String) row[1]), new DecisionMaker((String) row[2]), (java.time.LocalDate) row[3],
                    outcome, basis, Option.of((String) row[6]).map(DecisionId::new)));
        }
        Resocialization.Common common = new Resocialization.Common(caseId, form, rs.getString("district"),
                new IdentityDocument(IdentityDocument.Kind.valueOf(rs.getString("identity_kind")), Jdbc.date(rs, "identity_verified")),
                Jdbc.date(rs, "applied_on"), decisions);
        List<Stay> stays = Jdbc.selectAll(c, "SELECT stage, unit_id, beds, renovated, children, from_date, until_date FROM res_stay "
                + "WHERE case_id = ? ORDER BY position", id, r -> new Stay(Stage.valueOf(r.getString(1)),
                new Room(new UnitId(r.getString(2)), r.getInt(3), r.getBoolean(4)), r.getInt(5), Jdbc.date(r, "from_date"),
                Option.of(Jdbc.date(r, "until_date"))));
        List<LaundryUse> laundry = Jdbc.selectAll(c, "SELECT on_date, service, loads FROM res_laundry WHERE case_id = ? ORDER BY position",
                id, r -> new LaundryUse(Jdbc.date(r, "on_date"), PriceList.Laundry.valueOf(r.getString(2)), r.getInt(3)));
        return switch (rs.getString("state")) {
            case "Applied" -> Resocialization.Reconstitute.applied(common);
            case "Refused" -> Resocialization.Reconstitute.refused(common);
            case "InShelter", "InSocialHousingUnit", "InDormitory" -> Resocialization.Reconstitute.resident(common,
                    Stage.valueOf(rs.getString("stage")), stays, ActionPlanRows.RESOCIALIZATION.read(c, id), laundry);
            case "InIndependentLife" -> Resocialization.Reconstitute.independent(common, stays, laundry, Jdbc.date(rs, "since"));
            default -> Either.left(new ResocializationError.Invalid("unknown state"));
        };
    }
}
