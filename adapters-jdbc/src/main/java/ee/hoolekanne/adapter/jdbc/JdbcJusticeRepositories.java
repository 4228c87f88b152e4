package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.port.out.RepositoryError;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The prisoners' services' repositories (JUS) in tables {@code jus_*}. */
final class JdbcJusticeRepositories {

    private JdbcJusticeRepositories() {
    }

    private static PersonalCode code(String text) {
        return PersonalCode.parse(text).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2). */
    static final class Supports implements PrisonerSupportRepository {
        private final DataSource dataSource;

        private final AuditedCases<PrisonerSupport> cases;

        Supports(DataSource dataSource, Auditor auditor) {
            this.dataSource = dataSource;
            this.cases = new AuditedCases<>(dataSource, auditor, "prisoner support case", PrisonerSupport::persons, Supports::read);
        }

        @Override
        public Either<RepositoryError, Option<Versioned<PrisonerSupport>>> load(CaseId key) {
            return cases.load(key.value());
        }

        @Override
        public Either<RepositoryError, List<PrisonerSupport>> casesAbout(PersonalCode person) {
            return cases.select("casesAbout", "SELECT case_id FROM jus_support_state WHERE prisoner = ? ORDER BY case_id", person.value());
        }

        private static Either<RepositoryError, Option<Versioned<PrisonerSupport>>> read(Connection c, String id) throws SQLException {
            return Jdbc.readStateRow(c, "jus_support", "jus_support_state", id, "prisoner case",
                    (conn, key, rs) -> rebuild(conn, new CaseId(key), rs).mapLeft(e -> e.message()));
        }

        private static Either<SupportServiceError, PrisonerSupport> rebuild(Connection c, CaseId id, ResultSet rs) throws SQLException {
            PersonalCode prisoner = code(rs.getString("prisoner"));
            LocalDate release = Jdbc.date(rs, "release_date");
            LocalDate requested = Jdbc.date(rs, "requested_on");
            FundingSource funding = FundingSource.valueOf(rs.getString("funding"));
            Assignment assignment = rs.getString("sp_id") == null ? null : new Assignment(new SupportPersonId(rs.getString("sp_id")),
                    SupportPersonKind.valueOf(rs.getString("sp_kind")), new ProviderId(rs.getString("sp_provider")), Jdbc.date(rs, "sp_from"));
            List<Contact> contacts = Jdbc.selectAll(c, "SELECT on_date, party, note FROM jus_contact WHERE case_id = ? ORDER BY position",
                    id.value(), r -> new Contact(Jdbc.date(r, "on_date"), Contact.Party.valueOf(r.getString("party")), r.getString("note")));
            return switch (rs.getString("state")) {
                case "Requested" -> PrisonerSupport.Reconstitute.requested(id, prisoner, release, requested, funding);
                case "Supporting" -> PrisonerSupport.Reconstitute.supporting(id, prisoner, release, requested, funding, assignment,
                        contacts, Option.of(Jdbc.date(rs, "released_on")));
                case "Ended" -> PrisonerSupport.Reconstitute.ended(id, prisoner, release, requested, funding, assignment, contacts,
                        Jdbc.date(rs, "ended_on"), rs.getString("end_reason"));
                default -> Either.left(new SupportServiceError.Invalid("unknown state"));
            };
        }

        @Override
        public Either<RepositoryError, Long> save(CaseId key, PrisonerSupport p, long expectedVersion) {
            return cases.save("jus_support", key.value(), p, expectedVersion, c -> {
                Jdbc.deleteChildren(c, "jus_support_state", "case_id", key.value());
                Jdbc.deleteChildren(c, "jus_contact", "case_id", key.value());
                Assignment a = switch (p) {
                    case PrisonerSupport.Supporting s -> s.assignment();
                    case PrisonerSupport.Ended e -> e.assignment();
                    case PrisonerSupport.Requested r -> null;
                };
                List<Contact> contacts = switch (p) {
                    case PrisonerSupport.Supporting s -> s.contacts();
                    case PrisonerSupport.Ended e -> e.contacts();
                    case PrisonerSupport.Requested r -> List.of();
                };
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO jus_support_state (case_id, state, prisoner, release_date, "
                        + "requested_on, funding, sp_id, sp_kind, sp_provider, sp_from, released_on, ended_on, end_reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, key.value());
                    ps.setString(2, p instanceof PrisonerSupport.Requested ? "Requested" : p instanceof PrisonerSupport.Supporting ? "Supporting" : "Ended");
                    ps.setString(3, p.prisoner().value());
                    ps.setDate(4, Jdbc.date(p.releaseDate()));
                    ps.setDate(5, Jdbc.date(p.requestedOn()));
                    ps.setString(6, p.funding().name());
                    ps.setString(7, a == null ? null : a.supportPerson().value());
                    ps.setString(8, a == null ? null : a.kind().name());
                    ps.setString(9, a == null ? null : a.provider().value());
                    ps.setDate(10, a == null ? null : Jdbc.date(a.from()));
                    ps.setDate(11, p instanceof PrisonerSupport.Supporting s ? s.releasedOn().map(Jdbc::date).getOrNull() : null);
                    ps.setDate(12, p instanceof PrisonerSupport.Ended e ? Jdbc.date(e.endedOn()) : null);
                    ps.setString(13, p instanceof PrisonerSupport.Ended e ? e.reason() : null);
                    ps.executeUpdate();
                }
                Jdbc.insertAll(c, "INSERT INTO jus_contact (case_id, position, on_date, party, note) VALUES (?, ?, ?, ?, ?)", contacts,
                        (ps, i, ct) -> {
                            ps.setString(1, key.value());
                            ps.setInt(2, i);
                            ps.setDate(3, Jdbc.date(ct.on()));
                            ps.setString(4, ct.party().name());
                            ps.setString(5, ct.note());
                        });
            });
        }
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-5). */
    static final class Stays implements ReleasedAccommodationRepository {
        private static final List<String> CHILDREN = List.of("jus_stay_state", "jus_extension_basis", "jus_extension");

        /** The open cases: what the deadline watch and the reindex look at. */
        private static final String OPEN = "SELECT case_id FROM jus_stay_state WHERE state = 'Staying' ORDER BY case_id";

        private final DataSource dataSource;

        private final AuditedCases<ReleasedAccommodation> cases;

        Stays(DataSource dataSource, Auditor auditor, Option<DueIndex<ReleasedAccommodation>> due) {
            this.dataSource = dataSource;
            this.cases = new AuditedCases<>(dataSource, auditor, "accommodation stay", ReleasedAccommodation::persons, Stays::read, due);
        }

        @Override
        public Either<RepositoryError, Option<Versioned<ReleasedAccommodation>>> load(CaseId key) {
            return cases.load(key.value());
        }

        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> findStaying() {
            return cases.select("findStaying", OPEN, Jdbc.Parameters.NONE);
        }

        /** {@inheritDoc} The JDBC adapter answers from its deadline index (table {@code case_due}) for the schedule it indexes with. */
        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> findDueBy(LocalDate horizon, ObligationSchedule<ReleasedAccommodation> schedule) {
            return cases.dueBy(horizon, schedule, () -> ReleasedAccommodationRepository.super.findDueBy(horizon, schedule));
        }

        /** Recomputes the deadline index of every open case; how many have something due. */
        Either<RepositoryError, Integer> reindex() {
            return cases.reindex(OPEN);
        }

        @Override
        public Either<RepositoryError, List<ReleasedAccommodation>> casesAbout(PersonalCode person) {
            return cases.select("casesAbout", "SELECT case_id FROM jus_stay_state WHERE person = ? ORDER BY case_id", person.value());
        }

        private static Either<RepositoryError, Option<Versioned<ReleasedAccommodation>>> read(Connection c, String id) throws SQLException {
            Long version = Jdbc.storedVersion(c, "jus_stay", id);
            if (version == null) {
                return Either.right(Option.none());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM jus_stay_state WHERE case_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Either.left(new RepositoryError.Unavailable("stay has no state row"));
                    }
                    CaseId caseId = new CaseId(id);
                    PersonalCode person = code(rs.getString("person"));
                    ProviderId provider = new ProviderId(rs.getString("provider"));
                    UnitId unit = new UnitId(rs.getString("unit_id"));
                    LocalDate admitted = Jdbc.date(rs, "admitted_on");
                    FundingSource funding = FundingSource.valueOf(rs.getString("funding"));
                    List<Decision> extensions = extensions(c, id);
                    Either<SupportServiceError, ReleasedAccommodation> rebuilt = switch (rs.getString("state")) {
                        case "Staying" -> {
                            Set<SupportingActivity> activities = EnumSet.noneOf(SupportingActivity.class);
                            String joined = rs.getString("activities");
                            if (joined != null && !joined.isEmpty()) {
                                Arrays.stream(joined.split(",")).map(SupportingActivity::valueOf).forEach(activities::add);
                            }
                            yield ReleasedAccommodation.Reconstitute.staying(caseId, person, provider, unit, admitted, funding, activities,
                                    Jdbc.date(rs, "until_date"), ActionPlanRows.ACCOMMODATION.read(c, id),
                                    Option.of(rs.getString("plan_helper")).map(SupportPersonId::new), extensions);
                        }
                        case "Left" -> ReleasedAccommodation.Reconstitute.left(caseId, person, provider, unit, admitted, funding,
                                Jdbc.date(rs, "left_on"), rs.getString("left_reason"), extensions);
                        default -> Either.left(new SupportServiceError.Invalid("unknown state"));
                    };
                    return rebuilt.map(a -> Option.some(new Versioned<>(a, version)))
                            .mapLeft(e -> new RepositoryError.Unavailable("stay is stored corrupt: " + e.message()));
                }
            }
        }

        private static List<Decision> extensions(Connection c, String id) throws SQLException {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT position, decision_id, made_by, made_on, new_end, supersedes "
                    + "FROM jus_extension WHERE case_id = ? ORDER BY position")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int position = rs.getInt(1);
                        List<LegalBasis> basis = new ArrayList<>();
                        try (PreparedStatement b = c.prepareStatement("SELECT rule_id, provision FROM jus_extension_basis "
                                + "WHERE case_id = ? AND extension = ? ORDER BY position")) {
                            b.setString(1, id);
                            b.setInt(2, position);
                            try (ResultSet br = b.executeQuery()) {
                                while (br.next()) {
                                    basis.add(LegalBasis.of(br.getString(1), br.getString(2)));
                                }
                            }
                        }
                        out.add(new Decision(new DecisionId(rs.getString("decision_id")), new DecisionMaker(rs.getString("made_by")),
                                Jdbc.date(rs, "made_on"), new Outcome.Extend(Jdbc.date(rs, "new_end")), basis,
                                Option.of(rs.getString("supersedes")).map(DecisionId::new)));
                    }
                }
            }
            return out;
        }

        @Override
        public Either<RepositoryError, Long> save(CaseId key, ReleasedAccommodation a, long expectedVersion) {
            return cases.save("jus_stay", key.value(), a, expectedVersion, c -> {
                for (String table : ActionPlanRows.ACCOMMODATION.tables()) {
                    Jdbc.deleteChildren(c, table, "case_id", key.value());
                }
                for (String table : CHILDREN) {
                    Jdbc.deleteChildren(c, table, "case_id", key.value());
                }
                ReleasedAccommodation.Staying staying = a instanceof ReleasedAccommodation.Staying s ? s : null;
                ReleasedAccommodation.Left left = a instanceof ReleasedAccommodation.Left l ? l : null;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO jus_stay_state (case_id, state, person, provider, unit_id, "
                        + "admitted_on, funding, activities, until_date, plan_helper, left_on, left_reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, key.value());
                    ps.setString(2, staying != null ? "Staying" : "Left");
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
                List<Decision> extensions = staying != null ? staying.extensions() : left.extensions();
                for (int i = 0; i < extensions.size(); i++) {
                    Decision d = extensions.get(i);
                    int position = i;
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO jus_extension (case_id, position, decision_id, made_by, "
                            + "made_on, new_end, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, key.value());
                        ps.setInt(2, i);
                        ps.setString(3, d.id().value());
                        ps.setString(4, d.madeBy().body());
                        ps.setDate(5, Jdbc.date(d.madeOn()));
                        ps.setDate(6, Jdbc.date(((Outcome.Extend) d.outcome()).newServiceEnd()));
                        ps.setString(7, d.supersedes().map(DecisionId::value).getOrNull());
                        ps.executeUpdate();
                    }
                    Jdbc.insertAll(c, "INSERT INTO jus_extension_basis (case_id, extension, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                            d.legalBasis(), (ps, k, b) -> {
                                ps.setString(1, key.value());
                                ps.setInt(2, position);
                                ps.setInt(3, k);
                                ps.setString(4, b.ruleId());
                                ps.setString(5, b.provision());
                            });
                }
                if (staying != null && staying.actionPlan().isDefined()) {
                    ActionPlanRows.ACCOMMODATION.write(c, key.value(), staying.actionPlan().get());
                }
            });
        }
    }
}
