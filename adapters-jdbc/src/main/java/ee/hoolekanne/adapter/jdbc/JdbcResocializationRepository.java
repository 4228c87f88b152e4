package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Exit;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resocialization cases (RES) in {@code res_case} (id, version), {@code res_state} ({@code state}
 * the discriminator) and child tables; loading rebuilds every stage through
 * {@link Resocialization.Reconstitute}.
 */
final class JdbcResocializationRepository implements ResocializationRepository {

    private static final List<String> CHILDREN = List.of("res_decision_fact", "res_decision_act", "res_state", "res_member", "res_decision_basis", "res_decision_ground",
            "res_decision", "res_stay", "res_laundry");

    /** The outcomes a resocialization decision can have (RES-4, RES-5, RES-8). */
    private static final java.util.Set<String> RESOCIALIZATION_OUTCOMES = java.util.Set.of("GRANT_SERVICE", "MOVE_STAGE", "REFUSE", "TERMINATE");

    private static final CaseTable TABLE = new CaseTable("res_case", "res_state", "case_id", "resocialization case");

    private final Jdbc.Db db;

    JdbcResocializationRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<Resocialization>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcResocializationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<Resocialization>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c,
                "SELECT case_id FROM ~res_state WHERE state NOT IN ('Refused', 'InIndependentLife', 'LeftPathway')", List.of(),
                JdbcResocializationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<Resocialization>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~res_state WHERE applicant = ? "
                + "UNION SELECT case_id FROM ~res_member WHERE code = ?", List.of(person.value(), person.value()),
                JdbcResocializationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, Resocialization r, long expectedVersion) {
        List<String> children = new ArrayList<>(ActionPlanRows.RESOCIALIZATION.tables());
        children.addAll(CHILDREN);
        return Jdbc.saveVersioned(db, "res_case", key.value(), expectedVersion, children, "case_id", c -> write(db, c, key.value(), r));
    }

    private static void write(Jdbc.Db db, Connection c, String id, Resocialization r) throws SQLException {
        ResocializationForm f = r.form();
        Stage stage = r instanceof Resocialization.Resident resident ? resident.stage() : null;
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~res_state (case_id, state, applicant, name, residence_or_stay, "
                + "contact_details, members_given, why_counselling, what_hinders, why_no_dwelling, district, identity_kind, "
                + "identity_verified, applied_on, stage, since, exit_kind, exit_role, exit_destination, last_day, missing_parts, "
                + "remedy_set_on, remedy_amount, remedy_unit) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
            Exit exit = r instanceof Resocialization.LeftPathway left ? left.exit() : null;
            ps.setString(17, exit == null ? null : exit.kind());
            ps.setString(18, exit instanceof Exit.ServiceEnded ended ? ended.role().name() : null);
            ps.setString(19, exit instanceof Exit.MovedElsewhere elsewhere ? elsewhere.destination() : null);
            ps.setDate(20, r instanceof Resocialization.LeftPathway left ? Jdbc.date(left.lastDay()) : null);
            Resocialization.Incomplete incomplete = r instanceof Resocialization.Incomplete i ? i : null;
            ee.hoolekanne.domain.decision.RemedyTerm remedy = incomplete == null ? null : incomplete.remedyTerm().getOrNull();
            ps.setString(21, incomplete == null ? null : String.join(",", incomplete.missingParts().stream().map(Enum::name).toList()));
            ps.setDate(22, remedy == null ? null : Jdbc.date(remedy.setOn()));
            if (remedy == null) {
                ps.setNull(23, java.sql.Types.INTEGER);
            } else {
                ps.setInt(23, remedy.term().amount());
            }
            ps.setString(24, remedy == null ? null : remedy.term().unit().name());
            ps.executeUpdate();
        }
        Jdbc.insertAll(db, c, "INSERT INTO ~res_member (case_id, position, code) VALUES (?, ?, ?)", f.householdMembers().getOrElse(List.of()),
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
            try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~res_decision (case_id, position, decision_id, made_by, made_on, "
                    + "outcome, outcome_text, supersedes, outcome_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, d.id().value());
                ps.setString(4, d.madeBy().body());
                ps.setDate(5, Jdbc.date(d.madeOn()));
                ps.setString(6, outcome.kind());
                ps.setString(7, outcome.text());
                ps.setString(8, d.supersedes().map(DecisionId::value).getOrNull());
                ps.setDate(9, Jdbc.date(outcome.date()));
                ps.executeUpdate();
            }
            Jdbc.insertAll(db, c, "INSERT INTO ~res_decision_basis (case_id, decision, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                    d.legalBasis(), (ps, k, b) -> {
                        ps.setString(1, id);
                        ps.setInt(2, position);
                        ps.setInt(3, k);
                        ps.setString(4, b.ruleId());
                        ps.setString(5, b.provision());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~res_decision_ground (case_id, decision, position, rule_id, provision, description) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", outcome.grounds(), (ps, k, g) -> {
                        ps.setString(1, id);
                        ps.setInt(2, position);
                        ps.setInt(3, k);
                        ps.setString(4, g.ruleId());
                        ps.setString(5, g.provision());
                        ps.setString(6, g.description());
                    });
        }
        DecisionActs.write(db, c, "res", id, decisions);
        List<Stay> stays = switch (r) {
            case Resocialization.Resident resident -> resident.stays();
            case Resocialization.InIndependentLife life -> life.stays();
            case Resocialization.LeftPathway left -> left.stays();
            default -> List.of();
        };
        Jdbc.insertAll(db, c, "INSERT INTO ~res_stay (case_id, position, stage, unit_id, beds, renovated, children, from_date, until_date) "
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
            case Resocialization.LeftPathway left -> left.laundry();
            default -> List.of();
        };
        Jdbc.insertAll(db, c, "INSERT INTO ~res_laundry (case_id, position, on_date, service, loads) VALUES (?, ?, ?, ?, ?)", laundry,
                (ps, i, l) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setDate(3, Jdbc.date(l.on()));
                    ps.setString(4, l.service().name());
                    ps.setInt(5, l.loads());
                });
        if (r instanceof Resocialization.Resident resident && resident.actionPlan().isDefined()) {
            ActionPlanRows.RESOCIALIZATION.write(db, c, id, resident.actionPlan().get());
        }
    }

    private static Either<String, Resocialization> rebuild(Children ch, String id, Row rs) throws SQLException {
        CaseId caseId = new CaseId(id);
        PersonalCode applicant = PersonalCode.parse(rs.string("applicant")).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
        List<PersonalCode> members = new ArrayList<>();
        for (Row m : ch.of("res_member", "case_id", id, "position")) {
            members.add(PersonalCode.parse(m.string("code")).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        ResocializationForm form = new ResocializationForm(applicant, Option.of(rs.string("name")),
                Option.of(rs.string("residence_or_stay")), Option.of(rs.string("contact_details")),
                rs.flag("members_given") ? Option.some(members) : Option.none(), Option.of(rs.string("why_counselling")),
                Option.of(rs.string("what_hinders")), Option.of(rs.string("why_no_dwelling")));
        java.util.Map<Integer, List<LegalBasis>> bases = new java.util.HashMap<>();
        for (Row b : ch.of("res_decision_basis", "case_id", id, "decision, position")) {
            bases.computeIfAbsent(b.integer("decision"), k -> new ArrayList<>()).add(Decisions.basis(b));
        }
        java.util.Map<Integer, List<Ground>> grounds = new java.util.HashMap<>();
        for (Row g : ch.of("res_decision_ground", "case_id", id, "decision, position")) {
            grounds.computeIfAbsent(g.integer("decision"), k -> new ArrayList<>()).add(Decisions.stated(g));
        }
        Map<String, DecisionActs.Act> acts = DecisionActs.read(ch, "res", id);
        List<Decision> decisions = new ArrayList<>();
        for (Row d : ch.of("res_decision", "case_id", id, "position")) {
            int position = d.integer("position");
            Outcome outcome = switch (d.string("outcome")) {
                case "GRANT_SERVICE" -> new Outcome.GrantService(d.string("outcome_text"));
                case "MOVE_STAGE" -> new Outcome.MoveStage(d.string("outcome_text"));
                case "REFUSE" -> new Outcome.Refuse(grounds.getOrDefault(position, List.of()));
                case "TERMINATE" -> new Outcome.Terminate(grounds.getOrDefault(position, List.of()), d.date("outcome_date"));
                default -> throw new IllegalArgumentException("unknown outcome");
            };
            decisions.add(DecisionActs.complete(new Decision(new DecisionId(d.string("decision_id")), new DecisionMaker(d.string("made_by")),
                    d.date("made_on"), outcome, bases.getOrDefault(position, List.of()),
                    Option.of(d.string("supersedes")).map(DecisionId::new)), acts));
        }
        Resocialization.Common common = new Resocialization.Common(caseId, form, rs.string("district"),
                new IdentityDocument(IdentityDocument.Kind.valueOf(rs.string("identity_kind")), rs.date("identity_verified")),
                rs.date("applied_on"), decisions);
        List<Stay> stays = ch.of("res_stay", "case_id", id, "position").stream().map(r -> new Stay(Stage.valueOf(r.string("stage")),
                new Room(new UnitId(r.string("unit_id")), r.integer("beds"), r.flag("renovated")), r.integer("children"),
                r.date("from_date"), Option.of(r.date("until_date")))).toList();
        List<LaundryUse> laundry = ch.of("res_laundry", "case_id", id, "position").stream().map(r -> new LaundryUse(r.date("on_date"),
                PriceList.Laundry.valueOf(r.string("service")), r.integer("loads"))).toList();
        Either<ResocializationError, Resocialization> rebuilt = switch (rs.string("state")) {
            case "Incomplete" -> Resocialization.Reconstitute.incomplete(common, java.util.Arrays.stream(rs.string("missing_parts").split(","))
                    .map(ee.hoolekanne.domain.resocialization.ApplicationPart::valueOf).toList(), rs.date("remedy_set_on") == null ? Option.none()
                    : Option.some(new ee.hoolekanne.domain.decision.RemedyTerm(rs.date("remedy_set_on"), new ee.hoolekanne.domain.calendar.Term(
                            rs.integer("remedy_amount"), ee.hoolekanne.domain.calendar.Term.Unit.valueOf(rs.string("remedy_unit")),
                            ee.hoolekanne.domain.calendar.Term.Direction.AFTER))));
            case "Applied" -> Resocialization.Reconstitute.applied(common);
            case "Refused" -> Resocialization.Reconstitute.refused(common);
            case "InShelter", "InSocialHousingUnit", "InDormitory" -> Resocialization.Reconstitute.resident(common,
                    Stage.valueOf(rs.string("stage")), stays, ActionPlanRows.RESOCIALIZATION.read(ch, id), laundry);
            case "InIndependentLife" -> Resocialization.Reconstitute.independent(common, stays, laundry, rs.date("since"));
            case "LeftPathway" -> Resocialization.Reconstitute.left(common, stays, laundry, exit(rs, decisions), rs.date("last_day"));
            default -> Either.left(new ResocializationError.Invalid("unknown state"));
        };
        return rebuilt.mapLeft(ResocializationError::message);
    }

    /** How a case left the pathway (RES-11); a decision ending the service is the last decision. */
    private static Exit exit(Row rs, List<Decision> decisions) {
        String kind = rs.string("exit_kind");
        return switch (kind == null ? "" : kind) {
            case "OWN_CHOICE" -> new Exit.OwnChoice();
            case "DIED" -> new Exit.Died();
            case "MOVED_ELSEWHERE" -> new Exit.MovedElsewhere(rs.string("exit_destination"));
            case "SERVICE_ENDED" -> new Exit.ServiceEnded(decisions.get(decisions.size() - 1), DeciderRole.valueOf(rs.string("exit_role")));
            default -> throw new IllegalArgumentException("unknown way of leaving");
        };
    }
}
