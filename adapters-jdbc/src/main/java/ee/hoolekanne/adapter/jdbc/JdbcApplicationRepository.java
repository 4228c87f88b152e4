package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Absence;
import ee.hoolekanne.domain.socialhousing.Application.Reconstitute;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.socialhousing.CaseEvent;
import ee.hoolekanne.domain.socialhousing.Charge;
import ee.hoolekanne.domain.socialhousing.CopingAssessment;
import ee.hoolekanne.domain.socialhousing.EndReason;
import ee.hoolekanne.domain.socialhousing.FamilyChange;
import ee.hoolekanne.domain.socialhousing.HouseRuleBreach;
import ee.hoolekanne.domain.socialhousing.MissingPart;
import ee.hoolekanne.domain.socialhousing.Payment;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Social housing cases in table {@code sh_case} (one row a case, {@code state} the discriminator,
 * NULL where a state has no such field) and its child tables. Loading rebuilds every state through
 * {@link Application.Reconstitute}: a corrupt row is a {@link RepositoryError.Unavailable}, never
 * an exception or a half-built case.
 */
final class JdbcApplicationRepository implements ApplicationRepository {

    private static final List<String> CHILDREN = List.of("sh_decision_fact", "sh_decision_act", "sh_unit", "sh_decision_unit", "sh_decision_basis", "sh_decision_ground", "sh_event",
            "sh_activity", "sh_evaluation", "sh_goal", "sh_action_plan", "sh_absence", "sh_family_change", "sh_breach",
            "sh_charge", "sh_payment", "sh_signatory", "sh_household_member", "sh_document", "sh_decision");

    private static final CaseTable TABLE = new CaseTable("sh_case", "sh_case", "id", "social housing case");

    /** The open cases. */
    private static final String OPEN = "SELECT id FROM ~sh_case WHERE state NOT IN ('Refused', 'Lapsed', 'Ended')";

    /** The cases in which a person is the applicant or a family member; both lookups use indexes. */
    private static final String ABOUT = "SELECT id FROM ~sh_case WHERE applicant = ? UNION SELECT case_id FROM ~sh_household_member WHERE code = ?";

    private final Jdbc.Db db;

    JdbcApplicationRepository(Jdbc.Db db) {
        this.db = db;
    }

    @Override
    public Either<RepositoryError, Option<Versioned<Application>>> load(CaseId key) {
        return Jdbc.read(db, key.value(), c -> TABLE.load(db, c, key.value(), JdbcApplicationRepository::rebuild));
    }

    /** {@inheritDoc} One statement for the case rows and one per child table, however many cases are open. */
    @Override
    public Either<RepositoryError, List<Application>> findOpen() {
        return Jdbc.read(db, "findOpen", c -> TABLE.loadAll(db, c, OPEN, List.of(), JdbcApplicationRepository::rebuild));
    }

    @Override
    public Either<RepositoryError, List<Application>> casesAbout(PersonalCode person) {
        return Jdbc.read(db, "casesAbout", c -> TABLE.loadAll(db, c, ABOUT, List.of(person.value(), person.value()),
                JdbcApplicationRepository::rebuild));
    }

    /**
     * {@inheritDoc} The case row and its child rows (decisions, events, plan, charges ...) are
     * written in one unit of work, the caller's transaction when one is running: all of them or
     * none.
     */
    @Override
    public Either<RepositoryError, Long> save(CaseId key, Application app, long expectedVersion) {
        if (!key.equals(app.id())) {
            return Either.left(new RepositoryError.Unavailable("the key is not the case's id"));
        }
        return Jdbc.write(db, key.value(), c -> {
            CaseRow row = row(app);
            long version;
            if (expectedVersion == 0) {
                Long actual = Jdbc.storedVersion(db, c, "sh_case", key.value());
                if (actual != null) {
                    return Either.left(new RepositoryError.VersionConflict(key.value(), 0, actual));
                }
                try (PreparedStatement ps = c.prepareStatement(db.sql(CaseRow.insertSql()))) {
                    ps.setString(1, key.value());
                    ps.setLong(2, 1);
                    row.bind(ps, 3);
                    ps.executeUpdate();
                }
                version = 1;
            } else {
                try (PreparedStatement ps = c.prepareStatement(db.sql(CaseRow.updateSql()))) {
                    ps.setLong(1, expectedVersion + 1);
                    int next = row.bind(ps, 2);
                    ps.setString(next, key.value());
                    ps.setLong(next + 1, expectedVersion);
                    if (ps.executeUpdate() != 1) {
                        Long actual = Jdbc.storedVersion(db, c, "sh_case", key.value());
                        return Either.left(new RepositoryError.VersionConflict(key.value(), expectedVersion, actual == null ? 0 : actual));
                    }
                }
                version = expectedVersion + 1;
                for (String table : CHILDREN) {
                    Jdbc.deleteChildren(db, c, table, "case_id", key.value());
                }
            }
            writeChildren(db, c, app);
            return Either.right(version);
        });
    }

    // ---- writing ------------------------------------------------------------------------------

    private static CaseRow row(Application app) {
        ApplicationForm f = app.form();
        CaseRow row = new CaseRow().set("state", app.state()).set("applicant", f.household().applicant().value())
                .set("submitted_on", app.submittedOn()).set("contact_data", f.contactData().getOrNull())
                .set("support_network", f.supportNetwork().getOrNull()).set("residence_or_stay", f.residenceOrStay().getOrNull())
                .set("monthly_income", f.monthlyIncome().map(Money::amount).getOrNull()).set("assets", f.assets().getOrNull())
                .set("social_coping", f.socialCoping().getOrNull()).set("infection_needed", f.infectionCertificateNeeded())
                .set("infection_attached", f.infectionCertificateAttached());
        switch (app) {
            case Application.Incomplete s -> {
                row.set("missing_parts", names(s.missingParts()));
                s.remedyTerm().forEach(t -> row.set("remedy_set_on", t.setOn()).set("remedy_amount", t.term().amount())
                        .set("remedy_unit", t.term().unit().name()));
            }
            case Application.Complete s -> row.set("completed_on", s.completedOn());
            case Application.Assessed s -> assessment(row.set("completed_on", s.completedOn()), s.assessment());
            case Application.WaitListed s -> assessment(row.set("completed_on", s.completedOn()), s.assessment())
                    .set("wait_listed_on", s.waitListedOn());
            case Application.Refused s -> row.set("decision_id", s.decision().id().value());
            case Application.Granted s -> placed(row, s);
            case Application.Delivered s -> delivery(placed(row, s), s.delivery());
            case Application.Contracted s -> contract(delivery(placed(row, s), s.delivery()), s.contract());
            case Application.InService s -> {
                contract(placed(row, s), s.contract()).set("use_started_on", s.useStartedOn());
                s.preExpiryAssessment().forEach(p -> row.set("pre_assessed_on", p.assessedOn()).set("pre_prospects", p.prospects())
                        .set("pre_can_live_alone", p.canLiveAlone()).set("pre_need_continues", p.needContinues())
                        .set("pre_assessed_by", p.assessedBy().name()));
                coping(row, s.copingAssessment());
            }
            case Application.Lapsed s -> row.set("decision_id", s.decision().id().value()).set("unit_id", s.units().get(0).value())
                    .set("lapsed_by", s.lapsedBy().id()).set("lapsed_on", s.lapsedOn());
            case Application.Ended s -> row.set("unit_id", s.units().get(0).value()).set("placement_kind", s.placementKind().name())
                    .set("use_started_on", s.useStartedOn()).set("end_reason", s.reason().name())
                    .set("last_day", s.lastDay()).set("ending_decision_id", s.endingDecision().map(d -> d.id().value()).getOrNull());
        }
        if (app instanceof Application.Ended s) {
            coping(row, s.copingAssessment());
        }
        return row;
    }

    /** TSM-23: the assessment of the recipient's coping (version 16). */
    private static void coping(CaseRow row, Option<CopingAssessment> coping) {
        coping.forEach(c -> row.set("coping_assessed_on", c.assessedOn()).set("coping_secures_dwelling", c.securesDwelling())
                .set("coping_meets_obligations", c.meetsObligations()).set("coping_copes_daily", c.copesDaily()));
    }

    private static Option<CopingAssessment> coping(Row rs) throws SQLException {
        LocalDate on = rs.date("coping_assessed_on");
        return on == null ? Option.none() : Option.some(new CopingAssessment(on, rs.flag("coping_secures_dwelling"),
                rs.flag("coping_meets_obligations"), rs.flag("coping_copes_daily")));
    }

    private static CaseRow assessment(CaseRow row, Assessment a) {
        return row.set("assessed_on", a.assessedOn()).set("specialist", a.specialist())
                .set("assessment_methods", names(a.methods().stream().sorted().toList())).set("has_no_dwelling", a.hasNoDwelling())
                .set("needs_support", a.needsSupport()).set("proposes_grant", a.proposesGrant())
                .set("proposed_refusal", names(a.proposedRefusal()));
    }

    private static CaseRow placed(CaseRow row, Application.Placed p) {
        return row.set("decision_id", p.decision().id().value()).set("unit_id", p.units().get(0).value())
                .set("placement_kind", p.placementKind().name());
    }

    private static CaseRow delivery(CaseRow row, Delivery d) {
        return row.set("delivery_method", d.method().name()).set("delivered_at", d.at().toString());
    }

    private static CaseRow contract(CaseRow row, ServiceContract k) {
        return row.set("contract_number", k.number()).set("contract_provider", k.provider().name())
                .set("contract_signed_on", k.signedOn()).set("contract_start", k.startDate()).set("contract_end", k.endDate());
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static void writeChildren(Jdbc.Db db, Connection c, Application app) throws SQLException {
        String id = app.id().value();
        List<UnitId> units = switch (app) {
            case Application.Placed p -> p.units();
            case Application.Lapsed l -> l.units();
            case Application.Ended e -> e.units();
            default -> List.of();
        };
        rows(db, c, "INSERT INTO ~sh_unit (case_id, position, unit_id) VALUES (?, ?, ?)", units,
                (ps, i, unit) -> ps.setString(3, unit.value()), id);
        rows(db, c, "INSERT INTO ~sh_household_member (case_id, position, code) VALUES (?, ?, ?)", app.household().members(),
                (ps, i, code) -> ps.setString(3, code.value()), id);
        rows(db, c, "INSERT INTO ~sh_document (case_id, position, name) VALUES (?, ?, ?)", app.form().supportingDocuments(),
                (ps, i, doc) -> ps.setString(3, doc), id);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        app.decisions().forEach(d -> decisions.put(d.id().value(), d));
        switch (app) {
            case Application.Refused s -> decisions.putIfAbsent(s.decision().id().value(), s.decision());
            case Application.Placed s -> decisions.putIfAbsent(s.decision().id().value(), s.decision());
            case Application.Lapsed s -> decisions.putIfAbsent(s.decision().id().value(), s.decision());
            case Application.Ended s -> s.endingDecision().forEach(d -> decisions.putIfAbsent(d.id().value(), d));
            default -> {
            }
        }
        for (Decision d : decisions.values()) {
            writeDecision(db, c, id, d);
        }
        DecisionActs.write(db, c, "sh", id, List.copyOf(decisions.values()));
        rows(db, c, "INSERT INTO ~sh_event (case_id, seq, on_date, kind, detail, decision_id) VALUES (?, ?, ?, ?, ?, ?)",
                app.events(), (ps, i, e) -> {
                    ps.setDate(3, Jdbc.date(e.on()));
                    ps.setString(4, e.kind().name());
                    ps.setString(5, e.detail());
                    ps.setString(6, e.decision().map(d -> d.id().value()).getOrNull());
                }, id);
        if (app instanceof Application.Contracted k) {
            signatories(db, c, id, k.contract());
        }
        if (app instanceof Application.InService s) {
            signatories(db, c, id, s.contract());
            s.actionPlan().forEach(plan -> {
                try {
                    ActionPlanRows.SOCIAL_HOUSING.write(db, c, id, plan);
                } catch (SQLException e) {
                    throw new Jdbc.WriteFailed(e);
                }
            });
            rows(db, c, "INSERT INTO ~sh_absence (case_id, position, from_date, until_date, notified_on) VALUES (?, ?, ?, ?, ?)",
                    s.absences(), (ps, i, a) -> {
                        ps.setDate(3, Jdbc.date(a.from()));
                        ps.setDate(4, Jdbc.date(a.until()));
                        ps.setDate(5, a.notifiedOn().map(Jdbc::date).getOrNull());
                    }, id);
            rows(db, c, "INSERT INTO ~sh_family_change (case_id, position, occurred_on, notified_on, members) VALUES (?, ?, ?, ?, ?)",
                    s.familyChanges(), (ps, i, f) -> {
                        ps.setDate(3, Jdbc.date(f.occurredOn()));
                        ps.setDate(4, f.notifiedOn().map(Jdbc::date).getOrNull());
                        ps.setString(5, f.newHousehold().members().stream().map(PersonalCode::value).collect(Collectors.joining(",")));
                    }, id);
            rows(db, c, "INSERT INTO ~sh_breach (case_id, position, on_date, rule, directive) VALUES (?, ?, ?, ?, ?)", s.houseRuleBreaches(),
                    (ps, i, b) -> {
                        ps.setDate(3, Jdbc.date(b.on()));
                        ps.setString(4, b.rule());
                        ps.setString(5, b.directive());
                    }, id);
        }
        List<Charge> charges = app instanceof Application.InService s ? s.charges()
                : app instanceof Application.Ended e ? e.charges() : List.of();
        List<Payment> payments = app instanceof Application.InService s ? s.payments()
                : app instanceof Application.Ended e ? e.payments() : List.of();
        rows(db, c, "INSERT INTO ~sh_charge (case_id, position, charge_month, kind, amount, explanation) VALUES (?, ?, ?, ?, ?, ?)",
                charges, (ps, i, ch) -> {
                    ps.setString(3, ch.month().toString());
                    ps.setString(4, ch.kind().name());
                    ps.setBigDecimal(5, ch.amount().amount());
                    ps.setString(6, ch.explanation());
                }, id);
        rows(db, c, "INSERT INTO ~sh_payment (case_id, position, paid_on, amount) VALUES (?, ?, ?, ?)", payments, (ps, i, p) -> {
            ps.setDate(3, Jdbc.date(p.paidOn()));
            ps.setBigDecimal(4, p.amount().amount());
        }, id);
    }

    private static void signatories(Jdbc.Db db, Connection c, String id, ServiceContract contract) throws SQLException {
        rows(db, c, "INSERT INTO ~sh_signatory (case_id, position, code) VALUES (?, ?, ?)", contract.signatories(),
                (ps, i, code) -> ps.setString(3, code.value()), id);
    }

    private static void writeDecision(Jdbc.Db db, Connection c, String caseId, Decision d) throws SQLException {
        OutcomeColumns outcome = OutcomeColumns.of(d.outcome());
        try (PreparedStatement ps = c.prepareStatement(db.sql("INSERT INTO ~sh_decision (case_id, decision_id, made_by, made_on, outcome, "
                + "unit_id, service_end, outcome_text, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            ps.setString(1, caseId);
            ps.setString(2, d.id().value());
            ps.setString(3, d.madeBy().body());
            ps.setDate(4, Jdbc.date(d.madeOn()));
            ps.setString(5, outcome.kind());
            ps.setString(6, d.outcome() instanceof Outcome.Grant g ? g.units().get(0).value() : null);
            ps.setDate(7, outcome.date() == null ? null : Jdbc.date(outcome.date()));
            ps.setString(8, outcome.text());
            ps.setString(9, d.supersedes().map(DecisionId::value).getOrNull());
            ps.executeUpdate();
        }
        String decisionId = d.id().value();
        rowsRaw(db, c, "INSERT INTO ~sh_decision_unit (case_id, decision_id, position, unit_id) VALUES (?, ?, ?, ?)",
                d.outcome() instanceof Outcome.Grant g ? g.units() : List.<UnitId>of(), (ps, i, unit) -> {
                    ps.setString(2, decisionId);
                    ps.setInt(3, i);
                    ps.setString(4, unit.value());
                }, caseId);
        rowsRaw(db, c, "INSERT INTO ~sh_decision_basis (case_id, decision_id, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                d.legalBasis(),
                (ps, i, b) -> {
                    ps.setString(2, decisionId);
                    ps.setInt(3, i);
                    ps.setString(4, b.ruleId());
                    ps.setString(5, b.provision());
                }, caseId);
        rowsRaw(db, c, "INSERT INTO ~sh_decision_ground (case_id, decision_id, position, ground_type, name, rule_id, provision, description) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", outcome.grounds(), (ps, i, g) -> {
                    ps.setString(2, decisionId);
                    ps.setInt(3, i);
                    String type = g instanceof RefusalGround ? "REFUSAL" : g instanceof TerminationGround ? "TERMINATION" : "STATED";
                    ps.setString(4, type);
                    ps.setString(5, g instanceof Enum<?> e ? e.name() : null);
                    ps.setString(6, g.ruleId());
                    ps.setString(7, g.provision());
                    ps.setString(8, g.description());
                }, caseId);
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, int index, T item) throws SQLException;
    }

    /** Batch-inserts {@code items}: parameter 1 is the case id, 2 the position, the binder sets the rest. */
    private static <T> void rows(Jdbc.Db db, Connection c, String sql, List<T> items, Binder<T> binder, String caseId) throws SQLException {
        rowsRaw(db, c, sql, items, (ps, i, item) -> {
            ps.setInt(2, i);
            binder.bind(ps, i, item);
        }, caseId);
    }

    /** Batch-inserts {@code items}: parameter 1 is the case id, the binder sets the rest. */
    private static <T> void rowsRaw(Jdbc.Db db, Connection c, String sql, List<T> items, Binder<T> binder, String caseId)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(db.sql(sql))) {
            for (int i = 0; i < items.size(); i++) {
                ps.setString(1, caseId);
                binder.bind(ps, i, items.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    private static Either<String, Application> rebuild(Children ch, String id, Row rs) throws SQLException {
        Either<SocialHousingError, PersonalCode> applicant = code(rs.string("applicant"));
        if (applicant.isLeft()) {
            return Either.left(applicant.getLeft().message());
        }
        List<PersonalCode> members = new ArrayList<>();
        for (Row m : ch.of("sh_household_member", "case_id", id, "position")) {
            Either<SocialHousingError, PersonalCode> parsed = code(m.string("code"));
            if (parsed.isLeft()) {
                return Either.left(parsed.getLeft().message());
            }
            members.add(parsed.get());
        }
        Household household = new Household(applicant.get(), members);
        ApplicationForm form = new ApplicationForm(household, Option.of(rs.string("contact_data")),
                Option.of(rs.string("support_network")), Option.of(rs.string("residence_or_stay")),
                Option.of(rs.decimal("monthly_income")).map(Money::new), Option.of(rs.string("assets")),
                Option.of(rs.string("social_coping")), rs.flag("infection_needed"), rs.flag("infection_attached"),
                ch.of("sh_document", "case_id", id, "position").stream().map(r -> r.string("name")).toList());
        Map<String, Decision> decisions = decisions(ch, id);
        List<CaseEvent> history = new ArrayList<>();
        for (Row e : ch.of("sh_event", "case_id", id, "seq")) {
            String decisionId = e.string("decision_id");
            if (decisionId != null && !decisions.containsKey(decisionId)) {
                return Either.left("an event refers to a decision that is not stored");
            }
            history.add(new CaseEvent(e.date("on_date"), CaseEvent.Kind.valueOf(e.string("kind")),
                    Option.of(decisionId).map(decisions::get), e.string("detail")));
        }
        CaseId caseId = new CaseId(id);
        LocalDate submitted = rs.date("submitted_on");
        String state = rs.string("state");
        Decision decision = rs.string("decision_id") == null ? null : decisions.get(rs.string("decision_id"));
        List<UnitId> unit = ch.of("sh_unit", "case_id", id, "position").stream().map(r -> new UnitId(r.string("unit_id"))).toList();
        PlacementKind kind = rs.string("placement_kind") == null ? null : PlacementKind.valueOf(rs.string("placement_kind"));
        Either<SocialHousingError, Application> rebuilt = switch (state) {
            case "Incomplete" -> Reconstitute.incomplete(caseId, form, submitted, history,
                    enums(MissingPart.class, rs.string("missing_parts")), remedyTerm(rs));
            case "Complete" -> Reconstitute.complete(caseId, form, submitted, history, rs.date("completed_on"));
            case "Assessed" -> Reconstitute.assessed(caseId, form, submitted, history, rs.date("completed_on"), assessment(rs));
            case "WaitListed" -> Reconstitute.waitListed(caseId, form, submitted, history, rs.date("completed_on"),
                    assessment(rs), rs.date("wait_listed_on"));
            case "Refused" -> Reconstitute.refused(caseId, form, submitted, history, decision);
            case "Granted" -> Reconstitute.granted(caseId, form, submitted, history, decision, unit, kind);
            case "Delivered" -> Reconstitute.delivered(caseId, form, submitted, history, decision, unit, kind, delivery(rs));
            case "Contracted" -> Reconstitute.contracted(caseId, form, submitted, history, decision, unit, kind, delivery(rs),
                    contract(ch, id, rs));
            case "InService" -> Reconstitute.inService(caseId, form, submitted, history, decision, unit, kind, contract(ch, id, rs),
                    rs.date("use_started_on"), ActionPlanRows.SOCIAL_HOUSING.read(ch, id), absences(ch, id),
                    familyChanges(ch, id, applicant.get()), breaches(ch, id), charges(ch, id), payments(ch, id), preExpiry(rs),
                    coping(rs));
            case "Lapsed" -> Reconstitute.lapsed(caseId, form, submitted, history, decision, unit, Decisions.rule(rs.string("lapsed_by")),
                    rs.date("lapsed_on"));
            case "Ended" -> Reconstitute.ended(caseId, form, submitted, history, unit,
                    kind != null ? kind : endedKind(ch, id, form, history), useStartedOn(rs, history),
                    EndReason.valueOf(rs.string("end_reason")), rs.date("last_day"),
                    Option.of(rs.string("ending_decision_id")).map(decisions::get), charges(ch, id), payments(ch, id), coping(rs));
            default -> Either.left(new SocialHousingError.CorruptData("unknown state " + state));
        };
        return rebuilt.mapLeft(SocialHousingError::message);
    }

    /** An ended case stored before version 15 kept no placement: a dwelling when ancillary costs were charged, else as the household needed. */
    private static PlacementKind endedKind(Children ch, String id, ApplicationForm form, List<CaseEvent> history) throws SQLException {
        boolean dwelling = ch.of("sh_charge", "case_id", id, "position").stream().anyMatch(r -> "ANCILLARY_COSTS".equals(r.string("kind")));
        return dwelling ? PlacementKind.SEPARATE_DWELLING
                : form.household().placementKindOn(history.stream().filter(e -> e.kind() == CaseEvent.Kind.USE_STARTED)
                        .map(CaseEvent::on).findFirst().orElse(form.household().applicant().birthDate()), 18);
    }

    /** The day use started; of an ended case stored before version 15, the date of its use-started event. */
    private static LocalDate useStartedOn(Row rs, List<CaseEvent> history) {
        LocalDate stored = rs.date("use_started_on");
        return stored != null ? stored : history.stream().filter(e -> e.kind() == CaseEvent.Kind.USE_STARTED).map(CaseEvent::on)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("an ended case's history has the start of use"));
    }

    private static Either<SocialHousingError, PersonalCode> code(String text) {
        return PersonalCode.parse(text).mapLeft(e -> new SocialHousingError.CorruptData(e.message()));
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(n -> Enum.valueOf(type, n)).toList();
    }

    private static Assessment assessment(Row rs) {
        Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        methods.addAll(enums(AssessmentMethod.class, rs.string("assessment_methods")));
        return new Assessment(rs.date("assessed_on"), rs.string("specialist"), methods, rs.flag("has_no_dwelling"),
                rs.flag("needs_support"), rs.flag("proposes_grant"), enums(RefusalGround.class, rs.string("proposed_refusal")));
    }

    private static Delivery delivery(Row rs) {
        return new Delivery(DeliveryMethod.valueOf(rs.string("delivery_method")), Instant.parse(rs.string("delivered_at")));
    }

    private static ServiceContract contract(Children ch, String id, Row rs) throws SQLException {
        List<PersonalCode> signatories = new ArrayList<>();
        for (Row r : ch.of("sh_signatory", "case_id", id, "position")) {
            signatories.add(PersonalCode.parse(r.string("code")).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        return new ServiceContract(rs.string("contract_number"), ShelterProvider.valueOf(rs.string("contract_provider")),
                signatories, rs.date("contract_signed_on"), rs.date("contract_start"), rs.date("contract_end"));
    }

    private static Option<PreExpiryAssessment> preExpiry(Row rs) {
        LocalDate on = rs.date("pre_assessed_on");
        String by = rs.string("pre_assessed_by") != null ? rs.string("pre_assessed_by") : rs.string("contract_provider");
        return on == null ? Option.none() : Option.some(new PreExpiryAssessment(on, ShelterProvider.valueOf(by), rs.string("pre_prospects"),
                rs.flag("pre_can_live_alone"), rs.flag("pre_need_continues")));
    }

    /** HMS-1: the term set to remedy an incomplete application, if set; counted forward in its unit. */
    private static Option<RemedyTerm> remedyTerm(Row rs) throws SQLException {
        LocalDate setOn = rs.date("remedy_set_on");
        return setOn == null ? Option.none() : Option.some(new RemedyTerm(setOn,
                new Term(rs.integer("remedy_amount"), Term.Unit.valueOf(rs.string("remedy_unit")), Term.Direction.AFTER)));
    }

    private static Map<String, Decision> decisions(Children ch, String id) throws SQLException {
        Map<String, DecisionActs.Act> acts = DecisionActs.read(ch, "sh", id);
        Map<String, List<LegalBasis>> bases = new LinkedHashMap<>();
        for (Row b : ch.of("sh_decision_basis", "case_id", id, "decision_id, position")) {
            bases.computeIfAbsent(b.string("decision_id"), k -> new ArrayList<>()).add(Decisions.basis(b));
        }
        Map<String, List<Ground>> grounds = new LinkedHashMap<>();
        for (Row g : ch.of("sh_decision_ground", "case_id", id, "decision_id, position")) {
            grounds.computeIfAbsent(g.string("decision_id"), k -> new ArrayList<>()).add(switch (g.string("ground_type")) {
                case "REFUSAL" -> RefusalGround.valueOf(g.string("name"));
                case "TERMINATION" -> TerminationGround.valueOf(g.string("name"));
                default -> Decisions.stated(g);
            });
        }
        Map<String, List<UnitId>> decisionUnits = new LinkedHashMap<>();
        for (Row u : ch.of("sh_decision_unit", "case_id", id, "decision_id, position")) {
            decisionUnits.computeIfAbsent(u.string("decision_id"), k -> new ArrayList<>()).add(new UnitId(u.string("unit_id")));
        }
        Map<String, Decision> out = new LinkedHashMap<>();
        for (Row rs : ch.of("sh_decision", "case_id", id, "decision_id")) {
            String decisionId = rs.string("decision_id");
            LocalDate date = rs.date("service_end");
            String text = rs.string("outcome_text");
            List<Ground> its = grounds.getOrDefault(decisionId, List.of());
            Outcome outcome = switch (rs.string("outcome")) {
                case "GRANT" -> new Outcome.Grant(decisionUnits.getOrDefault(decisionId, List.of()), date);
                case "REFUSE" -> new Outcome.Refuse(its);
                case "WAIT_LIST" -> new Outcome.WaitList();
                case "TERMINATE" -> new Outcome.Terminate(its, date);
                case "EXTEND" -> new Outcome.Extend(date);
                case "REFER" -> new Outcome.Refer(text);
                case "MOVE_STAGE" -> new Outcome.MoveStage(text);
                case "GRANT_SERVICE" -> new Outcome.GrantService(text);
                case "LEAVE_UNPROCESSED" -> new Outcome.LeaveUnprocessed(date);
                default -> throw new IllegalArgumentException("unknown outcome");
            };
            out.put(decisionId, DecisionActs.complete(new Decision(new DecisionId(decisionId), new DecisionMaker(rs.string("made_by")),
                    rs.date("made_on"), outcome, bases.getOrDefault(decisionId, List.of()),
                    Option.of(rs.string("supersedes")).map(DecisionId::new)), acts));
        }
        return out;
    }

    private static List<Absence> absences(Children ch, String id) throws SQLException {
        return ch.of("sh_absence", "case_id", id, "position").stream()
                .map(r -> new Absence(r.date("from_date"), r.date("until_date"), Option.of(r.date("notified_on")))).toList();
    }

    private static List<FamilyChange> familyChanges(Children ch, String id, PersonalCode applicant) throws SQLException {
        List<FamilyChange> out = new ArrayList<>();
        for (Row r : ch.of("sh_family_change", "case_id", id, "position")) {
            String joined = r.string("members");
            List<PersonalCode> members = joined.isEmpty() ? List.of() : Arrays.stream(joined.split(","))
                    .map(code -> PersonalCode.parse(code).getOrElseThrow(e -> new IllegalArgumentException(e.message()))).toList();
            out.add(new FamilyChange(r.date("occurred_on"), new Household(applicant, members), Option.of(r.date("notified_on"))));
        }
        return out;
    }

    /** What a breach stored before version 16 names as its directive: it was not recorded. */
    static final String NO_DIRECTIVE = "not recorded (schema version 15)";

    private static List<HouseRuleBreach> breaches(Children ch, String id) throws SQLException {
        return ch.of("sh_breach", "case_id", id, "position").stream().map(r -> new HouseRuleBreach(r.date("on_date"),
                r.string("directive") != null ? r.string("directive") : NO_DIRECTIVE, r.string("rule")))
                .toList();
    }

    private static List<Charge> charges(Children ch, String id) throws SQLException {
        return ch.of("sh_charge", "case_id", id, "position").stream().map(r -> new Charge(YearMonth.parse(r.string("charge_month")),
                Charge.Kind.valueOf(r.string("kind")), new Money(r.decimal("amount")), r.string("explanation"))).toList();
    }

    private static List<Payment> payments(Children ch, String id) throws SQLException {
        return ch.of("sh_payment", "case_id", id, "position").stream().map(r -> new Payment(r.date("paid_on"),
                new Money(r.decimal("amount")))).toList();
    }
}
