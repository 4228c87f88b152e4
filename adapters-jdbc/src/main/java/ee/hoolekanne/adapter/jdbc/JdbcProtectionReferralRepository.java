package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.protection.ChangeNotice;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.InfoRequest;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionReferral.Reconstitute;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.supportperson.Assignment;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
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
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

/**
 * Protection support-person referrals (RVK) in {@code rvk_referral} (id, version), {@code rvk_state}
 * (the state's columns, {@code state} the discriminator) and child tables. Loading rebuilds every
 * state through {@link ProtectionReferral.Reconstitute}.
 */
final class JdbcProtectionReferralRepository implements ProtectionReferralRepository {

    private static final List<String> CHILDREN = List.of("rvk_state", "rvk_member", "rvk_other_service", "rvk_decision_basis",
            "rvk_goal", "rvk_info_request", "rvk_change_notice", "rvk_report", "rvk_evaluation");
    private static final String STATE_COLUMNS = "case_id, state, applicant, protection, need_assessed_on, need_local_government, "
            + "need_duplicates, decision_id, decision_made_by, decision_made_on, decision_service, decision_supersedes, language, "
            + "other_language, interpreter, funding, provider, received_on, sp_id, sp_kind, sp_provider, sp_from, contacted_on, "
            + "meeting_on, meeting_fit, end_reason, stated_reason, ended_on";

    /** The open cases: what the deadline watch and the reindex look at. */
    private static final String OPEN = "SELECT case_id FROM rvk_state WHERE state <> 'Ended' ORDER BY case_id";

    private final DataSource dataSource;

    private final AuditedCases<ProtectionReferral> cases;

    JdbcProtectionReferralRepository(DataSource dataSource, Auditor auditor, Option<DueIndex<ProtectionReferral>> due) {
        this.dataSource = dataSource;
        this.cases = new AuditedCases<>(dataSource, auditor, "protection referral", ProtectionReferral::persons,
                JdbcProtectionReferralRepository::read, due);
    }

    @Override
    public Either<RepositoryError, Option<Versioned<ProtectionReferral>>> load(CaseId key) {
        return cases.load(key.value());
    }

    @Override
    public Either<RepositoryError, List<ProtectionReferral>> findOpen() {
        return cases.select("findOpen", OPEN, Jdbc.Parameters.NONE);
    }

    /** {@inheritDoc} The JDBC adapter answers from its deadline index (table {@code case_due}) for the schedule it indexes with. */
    @Override
    public Either<RepositoryError, List<ProtectionReferral>> findDueBy(LocalDate horizon, ObligationSchedule<ProtectionReferral> schedule) {
        return cases.dueBy(horizon, schedule, () -> ProtectionReferralRepository.super.findDueBy(horizon, schedule));
    }

    /** Recomputes the deadline index of every open case; how many have something due. */
    Either<RepositoryError, Integer> reindex() {
        return cases.reindex(OPEN);
    }

    @Override
    public Either<RepositoryError, List<ProtectionReferral>> casesAbout(PersonalCode person) {
        return cases.select("casesAbout", "SELECT case_id FROM rvk_state WHERE applicant = ? "
                + "UNION SELECT case_id FROM rvk_member WHERE code = ? ORDER BY 1", person.value());
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, ProtectionReferral referral, long expectedVersion) {
        return cases.save("rvk_referral", key.value(), referral, expectedVersion, c -> {
            for (String table : CHILDREN) {
                Jdbc.deleteChildren(c, table, "case_id", key.value());
            }
            write(c, key.value(), referral);
        });
    }

    private static void write(Connection c, String id, ProtectionReferral r) throws SQLException {
        Option<ProviderId> provider = Option.none();
        Option<java.time.LocalDate> receivedOn = Option.none();
        Option<Assignment> assignment = Option.none();
        Option<java.time.LocalDate> contactedOn = Option.none();
        Option<ThreePartyMeeting> meeting = Option.none();
        switch (r) {
            case ProtectionReferral.Referred s -> {
            }
            case ProtectionReferral.WithProvider s -> {
                provider = Option.some(s.provider());
                receivedOn = Option.some(s.receivedOn());
            }
            case ProtectionReferral.Assigned s -> {
                provider = Option.some(s.provider());
                receivedOn = Option.some(s.receivedOn());
                assignment = Option.some(s.assignment());
            }
            case ProtectionReferral.CaseManagerContacted s -> {
                provider = Option.some(s.provider());
                receivedOn = Option.some(s.receivedOn());
                assignment = Option.some(s.assignment());
                contactedOn = Option.some(s.caseManagerContactedOn());
            }
            case ProtectionReferral.Active s -> {
                provider = Option.some(s.provider());
                assignment = Option.some(s.assignment());
                meeting = Option.some(s.meeting());
            }
            case ProtectionReferral.Ended s -> assignment = s.assignment();
        }
        Decision d = r.referralDecision();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rvk_state (" + STATE_COLUMNS + ") VALUES ("
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, r.state());
            ps.setString(3, r.client().applicant().value());
            ps.setString(4, r.protection().name());
            ps.setDate(5, Jdbc.date(r.needAssessment().assessedOn()));
            ps.setString(6, r.needAssessment().localGovernment());
            ps.setBoolean(7, r.needAssessment().duplicates());
            ps.setString(8, d.id().value());
            ps.setString(9, d.madeBy().body());
            ps.setDate(10, Jdbc.date(d.madeOn()));
            ps.setString(11, ((Outcome.Refer) d.outcome()).service());
            ps.setString(12, d.supersedes().map(DecisionId::value).getOrNull());
            ps.setString(13, r.language().language().name());
            ps.setString(14, r.language().otherLanguage().getOrNull());
            ps.setBoolean(15, r.language().interpreter());
            ps.setString(16, r.funding().name());
            ps.setString(17, provider.map(ProviderId::value).getOrNull());
            ps.setDate(18, receivedOn.map(Jdbc::date).getOrNull());
            ps.setString(19, assignment.map(a -> a.supportPerson().value()).getOrNull());
            ps.setString(20, assignment.map(a -> a.kind().name()).getOrNull());
            ps.setString(21, assignment.map(a -> a.provider().value()).getOrNull());
            ps.setDate(22, assignment.map(a -> Jdbc.date(a.from())).getOrNull());
            ps.setDate(23, contactedOn.map(Jdbc::date).getOrNull());
            ps.setDate(24, meeting.map(m -> Jdbc.date(m.heldOn())).getOrNull());
            if (meeting.isDefined()) {
                ps.setBoolean(25, meeting.get().fitConfirmed());
            } else {
                ps.setNull(25, java.sql.Types.BOOLEAN);
            }
            ProtectionReferral.Ended ended = r instanceof ProtectionReferral.Ended e ? e : null;
            ps.setString(26, ended == null ? null : ended.reason().name());
            ps.setString(27, ended == null ? null : ended.statedReason().getOrNull());
            ps.setDate(28, ended == null ? null : Jdbc.date(ended.endedOn()));
            ps.executeUpdate();
        }
        Jdbc.insertAll(c, "INSERT INTO rvk_member (case_id, position, code) VALUES (?, ?, ?)", r.client().members(), (ps, i, m) -> {
            ps.setString(1, id);
            ps.setInt(2, i);
            ps.setString(3, m.value());
        });
        Jdbc.insertAll(c, "INSERT INTO rvk_other_service (case_id, position, name) VALUES (?, ?, ?)",
                r.needAssessment().otherServices(), (ps, i, n) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, n);
                });
        Jdbc.insertAll(c, "INSERT INTO rvk_decision_basis (case_id, position, rule_id, provision) VALUES (?, ?, ?, ?)",
                d.legalBasis(), (ps, i, b) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, b.ruleId());
                    ps.setString(4, b.provision());
                });
        if (meeting.isDefined()) {
            Jdbc.insertAll(c, "INSERT INTO rvk_goal (case_id, position, goal) VALUES (?, ?, ?)", meeting.get().goals(), (ps, i, g) -> {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, g);
            });
        }
        if (r instanceof ProtectionReferral.Active a) {
            Jdbc.insertAll(c, "INSERT INTO rvk_info_request (case_id, request_number, received_on, answered_on) VALUES (?, ?, ?, ?)",
                    a.infoRequests(), (ps, i, q) -> {
                        ps.setString(1, id);
                        ps.setInt(2, q.number());
                        ps.setDate(3, Jdbc.date(q.receivedOn()));
                        ps.setDate(4, q.answeredOn().map(Jdbc::date).getOrNull());
                    });
            Jdbc.insertAll(c, "INSERT INTO rvk_change_notice (case_id, position, observed_on, notified_on, improvement, description) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", a.changeNotices(), (ps, i, n) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(n.observedOn()));
                        ps.setDate(4, Jdbc.date(n.notifiedOn()));
                        ps.setBoolean(5, n.improvement());
                        ps.setString(6, n.description());
                    });
            Jdbc.insertAll(c, "INSERT INTO rvk_report (case_id, position, submitted_on, summary) VALUES (?, ?, ?, ?)", a.reports(),
                    (ps, i, rep) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(rep.submittedOn()));
                        ps.setString(4, rep.summary());
                    });
            Jdbc.insertAll(c, "INSERT INTO rvk_evaluation (case_id, position, kind, status, evidence, evaluator, on_date) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", a.evaluations(), (ps, i, e) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setString(3, e.kind().name());
                        ps.setString(4, e.status().name());
                        ps.setString(5, e.evidence());
                        ps.setString(6, e.evaluator());
                        ps.setDate(7, Jdbc.date(e.date()));
                    });
        }
    }

    private static Either<RepositoryError, Option<Versioned<ProtectionReferral>>> read(Connection c, String id) throws SQLException {
        return Jdbc.readStateRow(c, "rvk_referral", "rvk_state", id, "referral",
                (conn, key, rs) -> rebuild(conn, key, rs).mapLeft(e -> e.message()));
    }

    private static Either<ee.hoolekanne.domain.supportperson.SupportServiceError, ProtectionReferral> rebuild(Connection c, String id,
                                                                                                           ResultSet rs) throws SQLException {
        List<PersonalCode> members = new ArrayList<>();
        for (String code : Jdbc.selectAll(c, "SELECT code FROM rvk_member WHERE case_id = ? ORDER BY position", id, r -> r.getString(1))) {
            members.add(PersonalCode.parse(code).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        Household client = new Household(PersonalCode.parse(rs.getString("applicant"))
                .getOrElseThrow(e -> new IllegalArgumentException(e.message())), members);
        NeedAssessment need = new NeedAssessment(Jdbc.date(rs, "need_assessed_on"), rs.getString("need_local_government"),
                Jdbc.selectAll(c, "SELECT name FROM rvk_other_service WHERE case_id = ? ORDER BY position", id, r -> r.getString(1)),
                rs.getBoolean("need_duplicates"));
        List<LegalBasis> basis = Jdbc.selectAll(c, "SELECT rule_id, provision FROM rvk_decision_basis WHERE case_id = ? ORDER BY position",
                id, r -> LegalBasis.of(r.getString(1), r.getString(2)));
        Decision decision = new Decision(new DecisionId(rs.getString("decision_id")), new DecisionMaker(rs.getString("decision_made_by")),
                Jdbc.date(rs, "decision_made_on"), new Outcome.Refer(rs.getString("decision_service")), basis,
                Option.of(rs.getString("decision_supersedes")).map(DecisionId::new));
        ServiceLanguage language = new ServiceLanguage(Language.valueOf(rs.getString("language")),
                Option.of(rs.getString("other_language")), rs.getBoolean("interpreter"));
        ProtectionReferral.Common common = new ProtectionReferral.Common(new CaseId(id), client,
                ProtectionStatus.valueOf(rs.getString("protection")), need, decision, language, FundingSource.valueOf(rs.getString("funding")));
        ProviderId provider = rs.getString("provider") == null ? null : new ProviderId(rs.getString("provider"));
        Option<Assignment> assignment = Option.of(rs.getString("sp_id")).map(SupportPersonId::new).map(sp -> {
            try {
                return new Assignment(sp, SupportPersonKind.valueOf(rs.getString("sp_kind")), new ProviderId(rs.getString("sp_provider")),
                        Jdbc.date(rs, "sp_from"));
            } catch (SQLException e) {
                throw new Jdbc.WriteFailed(e);
            }
        });
        return switch (rs.getString("state")) {
            case "Referred" -> Reconstitute.referred(common);
            case "WithProvider" -> Reconstitute.withProvider(common, provider, Jdbc.date(rs, "received_on"));
            case "Assigned" -> Reconstitute.assigned(common, provider, Jdbc.date(rs, "received_on"), assignment.getOrNull());
            case "CaseManagerContacted" -> Reconstitute.caseManagerContacted(common, provider, Jdbc.date(rs, "received_on"),
                    assignment.getOrNull(), Jdbc.date(rs, "contacted_on"));
            case "Active" -> Reconstitute.active(common, provider, assignment.getOrNull(),
                    new ThreePartyMeeting(Jdbc.date(rs, "meeting_on"), rs.getBoolean("meeting_fit"),
                            Jdbc.selectAll(c, "SELECT goal FROM rvk_goal WHERE case_id = ? ORDER BY position", id, r -> r.getString(1))),
                    Jdbc.selectAll(c, "SELECT request_number, received_on, answered_on FROM rvk_info_request WHERE case_id = ? "
                            + "ORDER BY request_number", id, r -> new InfoRequest(r.getInt(1), Jdbc.date(r, "received_on"),
                            Option.of(Jdbc.date(r, "answered_on")))),
                    Jdbc.selectAll(c, "SELECT observed_on, notified_on, improvement, description FROM rvk_change_notice WHERE case_id = ? "
                            + "ORDER BY position", id, r -> new ChangeNotice(Jdbc.date(r, "observed_on"), Jdbc.date(r, "notified_on"),
                            r.getBoolean("improvement"), r.getString("description"))),
                    Jdbc.selectAll(c, "SELECT submitted_on, summary FROM rvk_report WHERE case_id = ? ORDER BY position", id,
                            r -> new Report(Jdbc.date(r, "submitted_on"), r.getString("summary"))),
                    Jdbc.selectAll(c, "SELECT kind, status, evidence, evaluator, on_date FROM rvk_evaluation WHERE case_id = ? "
                            + "ORDER BY position", id, r -> new Evaluation(Evaluation.Kind.valueOf(r.getString(1)),
                            GoalStatus.valueOf(r.getString(2)), r.getString(3), r.getString(4), Jdbc.date(r, "on_date"))));
            case "Ended" -> Reconstitute.ended(common, EndReason.valueOf(rs.getString("end_reason")),
                    Option.of(rs.getString("stated_reason")), Jdbc.date(rs, "ended_on"), assignment);
            default -> Either.left(new ee.hoolekanne.domain.supportperson.SupportServiceError.Invalid("unknown state"));
        };
    }
}
