package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.Proposer;
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
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.YouthSupportRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    private static final CaseTable TABLE = new CaseTable("aht_youth", "aht_youth_state", "case_id", "youth case");

    private final Jdbc.Db db;

    JdbcYouthSupportRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<YouthSupport>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcYouthSupportRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<YouthSupport>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~aht_youth_state WHERE state <> 'Ended'",
                List.of(), JdbcYouthSupportRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<YouthSupport>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~aht_youth_state WHERE youth = ?",
                List.of(person.value()), JdbcYouthSupportRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, YouthSupport youth, long expectedVersion) {
        return Jdbc.saveVersioned(db, "aht_youth", key.value(), expectedVersion, CHILDREN, "case_id", c -> write(db, c, key.value(), youth));
    }

    private static void write(Jdbc.Db db, Connection c, String id, YouthSupport y) throws SQLException {
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
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~aht_youth_state (case_id, state, youth, situations, lives_in, "
                + "leaving_date, in_aftercare, marked_on, provider, passed_on, sp_id, sp_kind, sp_provider, sp_from, agreement_on, "
                + "agreement_communication, agreement_confidentiality, agreement_language, agreement_other_language, "
                + "agreement_interpreter, ended_on, end_reason, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
            ps.setString(23, proposedBy(y).map(Enum::name).getOrNull());
            ps.executeUpdate();
        }
        if (y instanceof YouthSupport.Cooperating k) {
            Jdbc.insertAll(db, c, "INSERT INTO ~aht_youth_goal (case_id, position, goal) VALUES (?, ?, ?)", k.agreement().goals(),
                    (ps, i, g) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setString(3, g);
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~aht_youth_diary (case_id, position, on_date, note) VALUES (?, ?, ?, ?)", k.diary(),
                    (ps, i, d) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(d.on()));
                        ps.setString(4, d.note());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~aht_youth_report (case_id, position, submitted_on, summary) VALUES (?, ?, ?, ?)", k.reports(),
                    (ps, i, r) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(r.submittedOn()));
                        ps.setString(4, r.summary());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~aht_youth_assessment (case_id, position, assessed_on) VALUES (?, ?, ?)", k.assessments(),
                    (ps, i, a) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(a));
                    });
        }
    }

    private static Either<String, YouthSupport> rebuild(Children ch, String id, Row rs) throws SQLException {
        Set<YouthSituation> situations = EnumSet.noneOf(YouthSituation.class);
        Arrays.stream(rs.string("situations").split(",")).filter(s -> !s.isEmpty()).map(YouthSituation::valueOf).forEach(situations::add);
        YouthSupport.Common common = new YouthSupport.Common(new CaseId(id),
                PersonalCode.parse(rs.string("youth")).getOrElseThrow(e -> new IllegalArgumentException(e.message())), situations,
                County.valueOf(rs.string("lives_in")), rs.date("leaving_date"), rs.flag("in_aftercare"));
        ProviderId provider = rs.string("provider") == null ? null : new ProviderId(rs.string("provider"));
        Assignment assignment = rs.string("sp_id") == null ? null : new Assignment(new SupportPersonId(rs.string("sp_id")),
                SupportPersonKind.valueOf(rs.string("sp_kind")), new ProviderId(rs.string("sp_provider")), rs.date("sp_from"));
        Option<Proposer> proposedBy = Option.of(rs.string("proposed_by")).map(Proposer::valueOf);
        Either<SupportServiceError, YouthSupport> rebuilt = switch (rs.string("state")) {
            case "NeedMarked" -> Reconstitute.needMarked(common, rs.date("marked_on"));
            case "WithProvider" -> Reconstitute.withProvider(common, provider, rs.date("passed_on"));
            case "Assigned" -> Reconstitute.assigned(common, provider, assignment, proposedBy);
            case "Cooperating" -> Reconstitute.cooperating(common, provider, assignment, proposedBy,
                    new CooperationAgreement(rs.date("agreement_on"),
                            ch.of("aht_youth_goal", "case_id", id, "position").stream().map(r -> r.string("goal")).toList(),
                            rs.string("agreement_communication"), rs.string("agreement_confidentiality"),
                            new ServiceLanguage(Language.valueOf(rs.string("agreement_language")),
                                    Option.of(rs.string("agreement_other_language")), rs.flag("agreement_interpreter"))),
                    ch.of("aht_youth_diary", "case_id", id, "position").stream()
                            .map(r -> new DiaryEntry(r.date("on_date"), r.string("note"))).toList(),
                    ch.of("aht_youth_report", "case_id", id, "position").stream()
                            .map(r -> new Report(r.date("submitted_on"), r.string("summary"))).toList(),
                    ch.of("aht_youth_assessment", "case_id", id, "position").stream().map(r -> r.date("assessed_on")).toList());
            case "Ended" -> Reconstitute.ended(common, rs.date("ended_on"), rs.string("end_reason"), assignment, proposedBy);
            default -> Either.left(new SupportServiceError.Invalid("unknown state"));
        };
        return rebuilt.mapLeft(SupportServiceError::message);
    }

    /** AHT-10: who proposed a professional support person, in the states that have one. */
    private static Option<Proposer> proposedBy(YouthSupport y) {
        return switch (y) {
            case YouthSupport.Assigned s -> s.proposedBy();
            case YouthSupport.Cooperating s -> s.proposedBy();
            case YouthSupport.Ended s -> s.proposedBy();
            default -> Option.none();
        };
    }
}
