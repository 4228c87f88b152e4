package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.substitutecare.YouthSupport.Reconstitute;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Youth support-person cases (AHT-9 .. AHT-13) in {@code aht_youth} (id, version),
 * {@code aht_youth_state} ({@code state} the discriminator) and child tables; loading rebuilds every
 * state through {@link YouthSupport.Reconstitute}.
 */
final class JdbcYouthSupportRepository implements YouthSupportRepository {

    private static final List<String> CHILDREN = List.of("aht_youth_state", "aht_youth_goal", "aht_youth_diary",
            "aht_youth_report", "aht_youth_assessment");

    /** The open cases: what the deadline watch and the reindex look at. */
    private static final String OPEN = "SELECT case_id FROM aht_youth_state WHERE state <> 'Ended' ORDER BY case_id";

    private final DataSource dataSource;
    private final AuditedCases<YouthSupport> cases;

    JdbcYouthSupportRepository(DataSource dataSource, Auditor auditor, Option<DueIndex<YouthSupport>> due) {
        this.dataSource = dataSource;
        this.cases = new AuditedCases<>(dataSource, auditor, "youth support case", YouthSupport::persons,
                JdbcYouthSupportRepository::read, due);
    }

    @Override
    public Either<RepositoryError, Option<Versioned<YouthSupport>>> load(CaseId key) {
        return cases.load(key.value());
    }

    @Override
    public Either<RepositoryError, List<YouthSupport>> findOpen() {
        return cases.select("findOpen", OPEN, Jdbc.Parameters.NONE);
    }

    /** {@inheritDoc} The JDBC adapter answers from its deadline index (table {@code case_due}) for the schedule it indexes with. */
    @Override
    public Either<RepositoryError, List<YouthSupport>> findDueBy(LocalDate horizon, ObligationSchedule<YouthSupport> schedule) {
        return cases.dueBy(horizon, schedule, () -> YouthSupportRepository.super.findDueBy(horizon, schedule));
    }

    /** Recomputes the deadline index of every open case; how many have something due. */
    Either<RepositoryError, Integer> reindex() {
        return cases.reindex(OPEN);
    }

    @Override
    public Either<RepositoryError, List<YouthSupport>> casesAbout(PersonalCode person) {
        return cases.select("casesAbout", "SELECT case_id FROM aht_youth_state WHERE youth = ? ORDER BY case_id", person.value());
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, YouthSupport youth, long expectedVersion) {
        return cases.save("aht_youth", key.value(), youth, expectedVersion, c -> {
            for (String table : CHILDREN) {
                Jdbc.deleteChildren(c, table, "case_id", key.value());
            }
            write(c, key.value(), youth);
        });
    }

    private static void write(Connection c, String id, YouthSupport y) throws SQLException {
        LocalDate markedOn = y instanceof YouthSupport.NeedMarked n ? n.markedOn() : null;
        ProviderId provider = switch (y) {
            case YouthSupport.WithProvider s -> s.provider();
            case YouthSupport.Assigned s -> s.provider();
            case YouthSupport.Cooperating s -> s.provider();
            default -> null;
        };
        LocalDate passedOn = y instanceof YouthSupport.WithProvider w ? w.passedOn() : null;
        Assignment assignment = switch (y) {
            case YouthSupport.Assigned s -> s.assignment();
            case YouthSupport.Cooperating s -> s.assignment();
            case YouthSupport.Ended s -> s.assignment();
            default -> null;
        };
        CooperationAgreement agreement = y instanceof YouthSupport.Cooperating k ? k.agreement() : null;
        YouthSupport.Ended ended = y instanceof YouthSupport.Ended e ? e : null;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO aht_youth_state (case_id, state, youth, situations, lives_in, "
                + "leaving_date, in_aftercare, marked_on, provider, passed_on, sp_id, sp_kind, sp_provider, sp_from, agreement_on, "
                + "agreement_communication, agreement_confidentiality, agreement_language, agreement_other_language, "
                + "agreement_interpreter, ended_on, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, y.state());
            ps.setString(3, y.youth().value());
            ps.setString(4, y.situations().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            ps.setString(5, y.livesIn().name());
            ps.setDate(6, Jdbc.date(y.leavingDate()));
            ps.setBoolean(7, y.inAftercare());
            ps.setDate(8, markedOn == null ? null : Jdbc.date(markedOn));
            ps.setString(9, provider == null ? null : provider.value());
            ps.setDate(10, passedOn == null ? null : Jdbc.date(passedOn));
            ps.setString(11, assignment == null ? null : assignment.supportPerson().value());
            ps.setString(12, assignment == null ? null : assignment.kind().name());
            ps.setString(13, assignment == null ? null : assignment.provider().value());
            ps.setDate(14, assignment == null ? null : Jdbc.date(assignment.from()));
            ps.setDate(15, agreement == null ? null : Jdbc.date(agreement.signedOn()));
            ps.setString(16, agreement == null ? null : agreement.communicationPrinciples());
            ps.setString(17, agreement == null ? null : agreement.confidentialityPrinciples());
            ps.setString(18, agreement == null ? null : agreement.language().language().name());
            ps.setString(19, agreement == null ? null : agreement.language().otherLanguage().getOrNull());
            if (agreement == null) {
                ps.setNull(20, Types.BOOLEAN);
            } else {
                ps.setBoolean(20, agreement.language().interpreter());
            }
            ps.setDate(21, ended == null ? null : Jdbc.date(ended.endedOn()));
            ps.setString(22, ended == null ? null : ended.reason());
            ps.executeUpdate();
        }
        if (y instanceof YouthSupport.Cooperating k) {
            Jdbc.insertAll(c, "INSERT INTO aht_youth_goal (case_id, position, goal) VALUES (?, ?, ?)", k.agreement().goals(),
                    (ps, i, g) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setString(3, g);
                    });
            Jdbc.insertAll(c, "INSERT INTO aht_youth_diary (case_id, position, on_date, note) VALUES (?, ?, ?, ?)", k.diary(),
                    (ps, i, d) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(d.on()));
                        ps.setString(4, d.note());
                    });
            Jdbc.insertAll(c, "INSERT INTO aht_youth_report (case_id, position, submitted_on, summary) VALUES (?, ?, ?, ?)", k.reports(),
                    (ps, i, r) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(r.submittedOn()));
                        ps.setString(4, r.summary());
                    });
            Jdbc.insertAll(c, "INSERT INTO aht_youth_assessment (case_id, position, assessed_on) VALUES (?, ?, ?)", k.assessments(),
                    (ps, i, a) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(a));
                    });
        }
    }

    private static Either<RepositoryError, Option<Versioned<YouthSupport>>> read(Connection c, String id) throws SQLException {
        return Jdbc.readStateRow(c, "aht_youth", "aht_youth_state", id, "youth case",
                (conn, key, rs) -> rebuild(conn, key, rs).mapLeft(e -> e.message()));
    }

    private static Either<SupportServiceError, YouthSupport> rebuild(Connection c, String id, ResultSet rs) throws SQLException {
        Set<YouthSituation> situations = EnumSet.noneOf(YouthSituation.class);
        Arrays.stream(rs.getString("situations").split(",")).filter(s -> !s.isEmpty()).map(YouthSituation::valueOf).forEach(situations::add);
        YouthSupport.Common common = new YouthSupport.Common(new CaseId(id),
                PersonalCode.parse(rs.getString("youth")).getOrElseThrow(e -> new IllegalArgumentException(e.message())), situations,
                County.valueOf(rs.getString("lives_in")), Jdbc.date(rs, "leaving_date"), rs.getBoolean("in_aftercare"));
        ProviderId provider = rs.getString("provider") == null ? null : new ProviderId(rs.getString("provider"));
        Assignment assignment = rs.getString("sp_id") == null ? null : new Assignment(new SupportPersonId(rs.getString("sp_id")),
                SupportPersonKind.valueOf(rs.getString("sp_kind")), new ProviderId(rs.getString("sp_provider")), Jdbc.date(rs, "sp_from"));
        return switch (rs.getString("state")) {
            case "NeedMarked" -> Reconstitute.needMarked(common, Jdbc.date(rs, "marked_on"));
            case "WithProvider" -> Reconstitute.withProvider(common, provider, Jdbc.date(rs, "passed_on"));
            case "Assigned" -> Reconstitute.assigned(common, provider, assignment);
            case "Cooperating" -> Reconstitute.cooperating(common, provider, assignment,
                    new CooperationAgreement(Jdbc.date(rs, "agreement_on"),
                            Jdbc.selectAll(c, "SELECT goal FROM aht_youth_goal WHERE case_id = ? ORDER BY position", id, r -> r.getString(1)),
                            rs.getString("agreement_communication"), rs.getString("agreement_confidentiality"),
                            new ServiceLanguage(Language.valueOf(rs.getString("agreement_language")),
                                    Option.of(rs.getString("agreement_other_language")), rs.getBoolean("agreement_interpreter"))),
                    Jdbc.selectAll(c, "SELECT on_date, note FROM aht_youth_diary WHERE case_id = ? ORDER BY position", id,
                            r -> new DiaryEntry(Jdbc.date(r, "on_date"), r.getString("note"))),
                    Jdbc.selectAll(c, "SELECT submitted_on, summary FROM aht_youth_report WHERE case_id = ? ORDER BY position", id,
                            r -> new Report(Jdbc.date(r, "submitted_on"), r.getString("summary"))),
                    Jdbc.selectAll(c, "SELECT assessed_on FROM aht_youth_assessment WHERE case_id = ? ORDER BY position", id,
                            r -> Jdbc.date(r, "assessed_on")));
            case "Ended" -> Reconstitute.ended(common, Jdbc.date(rs, "ended_on"), rs.getString("end_reason"), assignment);
            default -> Either.left(new SupportServiceError.Invalid("unknown state"));
        };
    }
}
