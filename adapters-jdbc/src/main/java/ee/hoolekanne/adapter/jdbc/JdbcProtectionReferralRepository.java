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
import ee.hoolekanne.domain.protection.NeedArea;
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
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Protection support-person referrals (RVK) in {@code rvk_referral} (id, version), {@code rvk_state}
 * (the state's columns, {@code state} the discriminator) and child tables. Loading rebuilds every
 * state through {@link ProtectionReferral.Reconstitute}.
 */
final class JdbcProtectionReferralRepository implements ProtectionReferralRepository {

    private static final List<String> CHILDREN = List.of("rvk_decision_fact", "rvk_decision_act", "rvk_state", "rvk_member", "rvk_other_service", "rvk_decision_basis",
            "rvk_goal", "rvk_info_request", "rvk_change_notice", "rvk_report", "rvk_evaluation");
    private static final String STATE_COLUMNS = "case_id, state, applicant, protection, need_assessed_on, need_local_government, "
            + "need_duplicates, decision_id, decision_made_by, decision_made_on, decision_service, decision_supersedes, language, "
            + "other_language, interpreter, funding, provider, received_on, sp_id, sp_kind, sp_provider, sp_from, contacted_on, "
            + "meeting_on, meeting_fit, end_reason, stated_reason, ended_on, need_problems, need_greater";

    private static final CaseTable TABLE = new CaseTable("rvk_referral", "rvk_state", "case_id", "referral");

    private final Jdbc.Db db;

    JdbcProtectionReferralRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<ProtectionReferral>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcProtectionReferralRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<ProtectionReferral>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~rvk_state WHERE state <> 'Ended'", List.of(),
                JdbcProtectionReferralRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<ProtectionReferral>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, "SELECT case_id FROM ~rvk_state WHERE applicant = ? "
                + "UNION SELECT case_id FROM ~rvk_member WHERE code = ?", List.of(person.value(), person.value()),
                JdbcProtectionReferralRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, Long> save(CaseId key, ProtectionReferral referral, long expectedVersion) {
        return Jdbc.saveVersioned(db, "rvk_referral", key.value(), expectedVersion, CHILDREN, "case_id",
                c -> write(db, c, key.value(), referral));
    }

    private static void write(Jdbc.Db db, Connection c, String id, ProtectionReferral r) throws SQLException {
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
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~rvk_state (" + STATE_COLUMNS + ") VALUES ("
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
            ps.setString(29, r.needAssessment().problems().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
            ps.setBoolean(30, r.needAssessment().greaterNeed());
            ps.executeUpdate();
        }
        Jdbc.insertAll(db, c, "INSERT INTO ~rvk_member (case_id, position, code) VALUES (?, ?, ?)", r.client().members(), (ps, i, m) -> {
            ps.setString(1, id);
            ps.setInt(2, i);
            ps.setString(3, m.value());
        });
        Jdbc.insertAll(db, c, "INSERT INTO ~rvk_other_service (case_id, position, name) VALUES (?, ?, ?)",
                r.needAssessment().otherServices(), (ps, i, n) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, n);
                });
        DecisionActs.write(db, c, "rvk", id, List.of(d));
        Jdbc.insertAll(db, c, "INSERT INTO ~rvk_decision_basis (case_id, position, rule_id, provision) VALUES (?, ?, ?, ?)",
                d.legalBasis(), (ps, i, b) -> {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, b.ruleId());
                    ps.setString(4, b.provision());
                });
        if (meeting.isDefined()) {
            Jdbc.insertAll(db, c, "INSERT INTO ~rvk_goal (case_id, position, goal) VALUES (?, ?, ?)", meeting.get().goals(), (ps, i, g) -> {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, g);
            });
        }
        if (r instanceof ProtectionReferral.Active a) {
            Jdbc.insertAll(db, c, "INSERT INTO ~rvk_info_request (case_id, request_number, received_on, answered_on) VALUES (?, ?, ?, ?)",
                    a.infoRequests(), (ps, i, q) -> {
                        ps.setString(1, id);
                        ps.setInt(2, q.number());
                        ps.setDate(3, Jdbc.date(q.receivedOn()));
                        ps.setDate(4, q.answeredOn().map(Jdbc::date).getOrNull());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~rvk_change_notice (case_id, position, observed_on, notified_on, improvement, description) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", a.changeNotices(), (ps, i, n) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(n.observedOn()));
                        ps.setDate(4, Jdbc.date(n.notifiedOn()));
                        ps.setBoolean(5, n.improvement());
                        ps.setString(6, n.description());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~rvk_report (case_id, position, submitted_on, summary) VALUES (?, ?, ?, ?)", a.reports(),
                    (ps, i, rep) -> {
                        ps.setString(1, id);
                        ps.setInt(2, i);
                        ps.setDate(3, Jdbc.date(rep.submittedOn()));
                        ps.setString(4, rep.summary());
                    });
            Jdbc.insertAll(db, c, "INSERT INTO ~rvk_evaluation (case_id, position, kind, status, evidence, evaluator, on_date) "
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

    private static Either<String, ProtectionReferral> rebuild(Children ch, String id, Row rs) throws SQLException {
        List<PersonalCode> members = new ArrayList<>();
        for (Row m : ch.of("rvk_member", "case_id", id, "position")) {
            members.add(PersonalCode.parse(m.string("code")).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        Household client = new Household(PersonalCode.parse(rs.string("applicant"))
                .getOrElseThrow(e -> new IllegalArgumentException(e.message())), members);
        List<String> others = ch.of("rvk_other_service", "case_id", id, "position").stream().map(r -> r.string("name")).toList();
        String problems = rs.string("need_problems");
        // RVK-1, RVK-2: a row stored before version 16 named no problems, and was accepted alongside its other services
        NeedAssessment need = new NeedAssessment(rs.date("need_assessed_on"), rs.string("need_local_government"),
                problems == null || problems.isEmpty() ? Set.of() : java.util.Arrays.stream(problems.split(","))
                        .map(NeedArea::valueOf).collect(java.util.stream.Collectors.toSet()),
                others, rs.flag("need_duplicates"), rs.bool("need_greater") == null ? !others.isEmpty() : rs.flag("need_greater"));
        List<LegalBasis> basis = ch.of("rvk_decision_basis", "case_id", id, "position").stream().map(Decisions::basis).toList();
        Decision decision = DecisionActs.complete(new Decision(new DecisionId(rs.string("decision_id")),
                new DecisionMaker(rs.string("decision_made_by")), rs.date("decision_made_on"), new Outcome.Refer(rs.string("decision_service")),
                basis, Option.of(rs.string("decision_supersedes")).map(DecisionId::new)), DecisionActs.read(ch, "rvk", id));
        ServiceLanguage language = new ServiceLanguage(Language.valueOf(rs.string("language")),
                Option.of(rs.string("other_language")), rs.flag("interpreter"));
        ProtectionReferral.Common common = new ProtectionReferral.Common(new CaseId(id), client,
                ProtectionStatus.valueOf(rs.string("protection")), need, decision, language, FundingSource.valueOf(rs.string("funding")));
        ProviderId provider = rs.string("provider") == null ? null : new ProviderId(rs.string("provider"));
        Option<Assignment> assignment = Option.of(rs.string("sp_id")).map(sp -> new Assignment(new SupportPersonId(sp),
                SupportPersonKind.valueOf(rs.string("sp_kind")), new ProviderId(rs.string("sp_provider")), rs.date("sp_from")));
        Either<SupportServiceError, ProtectionReferral> rebuilt = switch (rs.string("state")) {
            case "Referred" -> Reconstitute.referred(common);
            case "WithProvider" -> Reconstitute.withProvider(common, provider, rs.date("received_on"));
            case "Assigned" -> Reconstitute.assigned(common, provider, rs.date("received_on"), assignment.getOrNull());
            case "CaseManagerContacted" -> Reconstitute.caseManagerContacted(common, provider, rs.date("received_on"),
                    assignment.getOrNull(), rs.date("contacted_on"));
            case "Active" -> Reconstitute.active(common, provider, assignment.getOrNull(),
                    new ThreePartyMeeting(rs.date("meeting_on"), rs.flag("meeting_fit"),
                            ch.of("rvk_goal", "case_id", id, "position").stream().map(r -> r.string("goal")).toList()),
                    ch.of("rvk_info_request", "case_id", id, "request_number").stream().map(r -> new InfoRequest(r.integer("request_number"),
                            r.date("received_on"), Option.of(r.date("answered_on")))).toList(),
                    ch.of("rvk_change_notice", "case_id", id, "position").stream().map(r -> new ChangeNotice(r.date("observed_on"),
                            r.date("notified_on"), r.flag("improvement"), r.string("description"))).toList(),
                    ch.of("rvk_report", "case_id", id, "position").stream().map(r -> new Report(r.date("submitted_on"),
                            r.string("summary"))).toList(),
                    ch.of("rvk_evaluation", "case_id", id, "position").stream().map(r -> new Evaluation(
                            Evaluation.Kind.valueOf(r.string("kind")), GoalStatus.valueOf(r.string("status")), r.string("evidence"),
                            r.string("evaluator"), r.date("on_date"))).toList());
            case "Ended" -> Reconstitute.ended(common, EndReason.valueOf(rs.string("end_reason")),
                    Option.of(rs.string("stated_reason")), rs.date("ended_on"), assignment);
            default -> Either.left(new SupportServiceError.Invalid("unknown state"));
        };
        return rebuilt.mapLeft(SupportServiceError::message);
    }
}
