package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
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
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.domain.socialhousing.Absence;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Application.Reconstitute;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.socialhousing.CaseEvent;
import ee.hoolekanne.domain.socialhousing.Charge;
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

    private static final List<String> CHILDREN = List.of("sh_decision_basis", "sh_decision_ground", "sh_event",
            "sh_activity", "sh_evaluation", "sh_goal", "sh_action_plan", "sh_absence", "sh_family_change", "sh_breach",
            "sh_charge", "sh_payment", "sh_signatory", "sh_household_member", "sh_document", "sh_decision");

    /** The open cases: what the deadline watch and the reindex look at. */
    private static final String OPEN = "SELECT id FROM sh_case WHERE state NOT IN ('Refused', 'Lapsed', 'Ended') ORDER BY id";

    private final DataSource dataSource;
    private final AuditedCases<Application> cases;

    JdbcApplicationRepository(DataSource dataSource, Auditor auditor, Option<DueIndex<Application>> due) {
        this.dataSource = dataSource;
        this.cases = new AuditedCases<>(dataSource, auditor, "social housing case", app -> app.household().everyone(), this::read, due);
    }

    /**
     * {@inheritDoc} With auditing on, the read is recorded for every person in the household in
     * the same transaction.
     */
    @Override
    public Either<RepositoryError, Option<Versioned<Application>>> load(CaseId key) {
        return cases.load(key.value());
    }

    /** {@inheritDoc} With auditing on, each case's read is recorded as in {@link #load}. */
    @Override
    public Either<RepositoryError, List<Application>> findActive() {
        return cases.select("findActive", OPEN, Jdbc.Parameters.NONE);
    }

    /** {@inheritDoc} The JDBC adapter answers from its deadline index (table {@code case_due}) for the schedule it indexes with. */
    @Override
    public Either<RepositoryError, List<Application>> findDueBy(LocalDate horizon, ObligationSchedule<Application> schedule) {
        return cases.dueBy(horizon, schedule, () -> ApplicationRepository.super.findDueBy(horizon, schedule));
    }

    /** Recomputes the deadline index of every open case; how many have something due. */
    Either<RepositoryError, Integer> reindex() {
        return cases.reindex(OPEN);
    }

    /**
     * The cases in which {@code code} is the applicant or a family member, in case-id order, read
     * in one snapshot (TSM-18); both lookups use indexes.
     */
    Either<RepositoryError, List<Application>> casesAbout(String code) {
        return Jdbc.readSelected(dataSource, "subject access", "SELECT id FROM sh_case WHERE applicant = ? UNION "
                + "SELECT case_id FROM sh_household_member WHERE code = ? ORDER BY 1", code, this::read);
    }

    /**
     * {@inheritDoc} The case row, its child rows (decisions, events, plan, charges ...) and, with
     * auditing on, the audit record of every person in the household are written in one
     * transaction: all of them or none.
     */
    @Override
    public Either<RepositoryError, Long> save(CaseId key, Application app, long expectedVersion) {
        if (!key.equals(app.id())) {
            return Either.left(new RepositoryError.Unavailable("the key is not the case's id"));
        }
        Either<RepositoryError, Option<AuditContext>> context = cases.context();
        if (context.isLeft()) {
            return Either.left(context.getLeft());
        }
        return Jdbc.inTransaction(dataSource, key.value(), expectedVersion, c -> {
            CaseRow row = row(app);
            long version;
            if (expectedVersion == 0) {
                Long actual = Jdbc.storedVersion(c, "sh_case", key.value());
                if (actual != null) {
                    return Either.left(new RepositoryError.VersionConflict(key.value(), 0, actual));
                }
                try (PreparedStatement ps = c.prepareStatement(CaseRow.insertSql())) {
                    ps.setString(1, key.value());
                    ps.setLong(2, 1);
                    row.bind(ps, 3);
                    ps.executeUpdate();
                }
                version = 1;
            } else {
                try (PreparedStatement ps = c.prepareStatement(CaseRow.updateSql())) {
                    ps.setLong(1, expectedVersion + 1);
                    int next = row.bind(ps, 2);
                    ps.setString(next, key.value());
                    ps.setLong(next + 1, expectedVersion);
                    if (ps.executeUpdate() != 1) {
                        Long actual = Jdbc.storedVersion(c, "sh_case", key.value());
                        return Either.left(new RepositoryError.VersionConflict(key.value(), expectedVersion, actual == null ? 0 : actual));
                    }
                }
                version = expectedVersion + 1;
                for (String table : CHILDREN) {
                    Jdbc.deleteChildren(c, table, "case_id", key.value());
                }
            }
            writeChildren(c, app);
            cases.index(c, key.value(), app);
            cases.record(c, context.get(), app, "save social housing case " + key.value() + " (version " + version + ")");
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
            case Application.Incomplete s -> row.set("missing_parts", names(s.missingParts()));
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
                        .set("pre_can_live_alone", p.canLiveAlone()).set("pre_need_continues", p.needContinues()));
            }
            case Application.Lapsed s -> row.set("decision_id", s.decision().id().value()).set("unit_id", s.unit().value())
                    .set("lapsed_by", s.lapsedBy()).set("lapsed_on", s.lapsedOn());
            case Application.Ended s -> row.set("unit_id", s.unit().value()).set("end_reason", s.reason().name())
                    .set("last_day", s.lastDay()).set("ending_decision_id", s.endingDecision().map(d -> d.id().value()).getOrNull());
        }
        return row;
    }

    private static CaseRow assessment(CaseRow row, Assessment a) {
        return row.set("assessed_on", a.assessedOn()).set("specialist", a.specialist())
                .set("assessment_methods", names(a.methods().stream().sorted().toList())).set("has_no_dwelling", a.hasNoDwelling())
                .set("needs_support", a.needsSupport()).set("proposes_grant", a.proposesGrant())
                .set("proposed_refusal", names(a.proposedRefusal()));
    }

    private static CaseRow placed(CaseRow row, Application.Placed p) {
        return row.set("decision_id", p.decision().id().value()).set("unit_id", p.unit().value())
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

    private static void writeChildren(Connection c, Application app) throws SQLException {
        String id = app.id().value();
        rows(c, "INSERT INTO sh_household_member (case_id, position, code) VALUES (?, ?, ?)", app.household().members(),
                (ps, i, code) -> ps.setString(3, code.value()), id);
        rows(c, "INSERT INTO sh_document (case_id, position, name) VALUES (?, ?, ?)", app.form().supportingDocuments(),
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
            writeDecision(c, id, d);
        }
        rows(c, "INSERT INTO sh_event (case_id, seq, on_date, kind, detail, decision_id) VALUES (?, ?, ?, ?, ?, ?)",
                app.history(), (ps, i, e) -> {
                    ps.setDate(3, Jdbc.date(e.on()));
                    ps.setString(4, e.kind().name());
                    ps.setString(5, e.detail());
                    ps.setString(6, e.decision().map(d -> d.id().value()).getOrNull());
                }, id);
        if (app instanceof Application.Contracted k) {
            signatories(c, id, k.contract());
        }
        if (app instanceof Application.InService s) {
            signatories(c, id, s.contract());
            s.actionPlan().forEach(plan -> {
                try {
                    ActionPlanRows.SOCIAL_HOUSING.write(c, id, plan);
                } catch (SQLException e) {
                    throw new Jdbc.WriteFailed(e);
                }
            });
            rows(c, "INSERT INTO sh_absence (case_id, position, from_date, until_date, notified_on) VALUES (?, ?, ?, ?, ?)",
                    s.absences(), (ps, i, a) -> {
                        ps.setDate(3, Jdbc.date(a.from()));
                        ps.setDate(4, Jdbc.date(a.until()));
                        ps.setDate(5, a.notifiedOn().map(Jdbc::date).getOrNull());
                    }, id);
            rows(c, "INSERT INTO sh_family_change (case_id, position, occurred_on, notified_on, members) VALUES (?, ?, ?, ?, ?)",
                    s.familyChanges(), (ps, i, f) -> {
                        ps.setDate(3, Jdbc.date(f.occurredOn()));
                        ps.setDate(4, f.notifiedOn().map(Jdbc::date).getOrNull());
                        ps.setString(5, f.newHousehold().members().stream().map(PersonalCode::value).collect(Collectors.joining(",")));
                    }, id);
            rows(c, "INSERT INTO sh_breach (case_id, position, on_date, rule) VALUES (?, ?, ?, ?)", s.houseRuleBreaches(),
                    (ps, i, b) -> {
                        ps.setDate(3, Jdbc.date(b.on()));
                        ps.setString(4, b.rule());
                    }, id);
        }
        List<Charge> charges = app instanceof Application.InService s ? s.charges()
                : app instanceof Application.Ended e ? e.charges() : List.of();
        List<Payment> payments = app instanceof Application.InService s ? s.payments()
                : app instanceof Application.Ended e ? e.payments() : List.of();
        rows(c, "INSERT INTO sh_charge (case_id, position, charge_month, kind, amount, explanation) VALUES (?, ?, ?, ?, ?, ?)",
                charges, (ps, i, ch) -> {
                    ps.setString(3, ch.month().toString());
                    ps.setString(4, ch.kind().name());
                    ps.setBigDecimal(5, ch.amount().amount());
                    ps.setString(6, ch.explanation());
                }, id);
        rows(c, "INSERT INTO sh_payment (case_id, position, paid_on, amount) VALUES (?, ?, ?, ?)", payments, (ps, i, p) -> {
            ps.setDate(3, Jdbc.date(p.paidOn()));
            ps.setBigDecimal(4, p.amount().amount());
        }, id);
    }

    private static void signatories(Connection c, String id, ServiceContract contract) throws SQLException {
        rows(c, "INSERT INTO sh_signatory (case_id, position, code) VALUES (?, ?, ?)", contract.signatories(),
                (ps, i, code) -> ps.setString(3, code.value()), id);
    }

    private static void writeDecision(Connection c, String caseId, Decision d) throws SQLException {
        OutcomeColumns outcome = OutcomeColumns.of(d.outcome());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_decision (case_id, decision_id, made_by, made_on, outcome, "
                + "unit_id, service_end, outcome_text, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, caseId);
            ps.setString(2, d.id().value());
            ps.setString(3, d.madeBy().body());
            ps.setDate(4, Jdbc.date(d.madeOn()));
            ps.setString(5, outcome.kind());
            ps.setString(6, outcome.unit());
            ps.setDate(7, outcome.date() == null ? null : Jdbc.date(outcome.date()));
            ps.setString(8, outcome.text());
            ps.setString(9, d.supersedes().map(DecisionId::value).getOrNull());
            ps.executeUpdate();
        }
        String decisionId = d.id().value();
        rowsRaw(c, "INSERT INTO sh_decision_basis (case_id, decision_id, position, rule_id, provision) VALUES (?, ?, ?, ?, ?)",
                d.legalBasis(),
                (ps, i, b) -> {
                    ps.setString(2, decisionId);
                    ps.setInt(3, i);
                    ps.setString(4, b.ruleId());
                    ps.setString(5, b.provision());
                }, caseId);
        rowsRaw(c, "INSERT INTO sh_decision_ground (case_id, decision_id, position, ground_type, name, rule_id, provision, description) "
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
    private static <T> void rows(Connection c, String sql, List<T> items, Binder<T> binder, String caseId) throws SQLException {
        rowsRaw(c, sql, items, (ps, i, item) -> {
            ps.setInt(2, i);
            binder.bind(ps, i, item);
        }, caseId);
    }

    /** Batch-inserts {@code items}: parameter 1 is the case id, the binder sets the rest. */
    private static <T> void rowsRaw(Connection c, String sql, List<T> items, Binder<T> binder, String caseId)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                ps.setString(1, caseId);
                binder.bind(ps, i, items.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    private Either<RepositoryError, Option<Versioned<Application>>> read(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sh_case WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Either.right(Option.none());
                }
                long version = rs.getLong("version");
                return rebuild(c, id, rs).map(app -> Option.some(new Versioned<>(app, version)))
                        .mapLeft(e -> new RepositoryError.Unavailable("case " + id + " is stored corrupt: " + e.message()));
            }
        }
    }

    private static Either<SocialHousingError, Application> rebuild(Connection c, String id, ResultSet rs) throws SQLException {
        Either<SocialHousingError, PersonalCode> applicant = code(rs.getString("applicant"));
        if (applicant.isLeft()) {
            return Either.left(applicant.getLeft());
        }
        List<PersonalCode> members = new ArrayList<>();
        for (String code : strings(c, "SELECT code FROM sh_household_member WHERE case_id = ? ORDER BY position", id)) {
            Either<SocialHousingError, PersonalCode> parsed = code(code);
            if (parsed.isLeft()) {
                return Either.left(parsed.getLeft());
            }
            members.add(parsed.get());
        }
        Household household = new Household(applicant.get(), members);
        ApplicationForm form = new ApplicationForm(household, Option.of(rs.getString("contact_data")),
                Option.of(rs.getString("support_network")), Option.of(rs.getString("residence_or_stay")),
                Option.of(rs.getBigDecimal("monthly_income")).map(Money::new), Option.of(rs.getString("assets")),
                Option.of(rs.getString("social_coping")), rs.getBoolean("infection_needed"), rs.getBoolean("infection_attached"),
                strings(c, "SELECT name FROM sh_document WHERE case_id = ? ORDER BY position", id));
        Map<String, Decision> decisions = decisions(c, id);
        List<CaseEvent> history = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT on_date, kind, detail, decision_id FROM sh_event WHERE case_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet e = ps.executeQuery()) {
                while (e.next()) {
                    String decisionId = e.getString("decision_id");
                    if (decisionId != null && !decisions.containsKey(decisionId)) {
                        return Either.left(new SocialHousingError.CorruptData("an event refers to a decision that is not stored"));
                    }
                    history.add(new CaseEvent(Jdbc.date(e, "on_date"), CaseEvent.Kind.valueOf(e.getString("kind")),
                            Option.of(decisionId).map(decisions::get), e.getString("detail")));
                }
            }
        }
        CaseId caseId = new CaseId(id);
        LocalDate submitted = Jdbc.date(rs, "submitted_on");
        String state = rs.getString("state");
        Decision decision = rs.getString("decision_id") == null ? null : decisions.get(rs.getString("decision_id"));
        UnitId unit = rs.getString("unit_id") == null ? null : new UnitId(rs.getString("unit_id"));
        PlacementKind kind = rs.getString("placement_kind") == null ? null : PlacementKind.valueOf(rs.getString("placement_kind"));
        return switch (state) {
            case "Incomplete" -> Reconstitute.incomplete(caseId, form, submitted, history,
                    enums(MissingPart.class, rs.getString("missing_parts")));
            case "Complete" -> Reconstitute.complete(caseId, form, submitted, history, Jdbc.date(rs, "completed_on"));
            case "Assessed" -> Reconstitute.assessed(caseId, form, submitted, history, Jdbc.date(rs, "completed_on"), assessment(rs));
            case "WaitListed" -> Reconstitute.waitListed(caseId, form, submitted, history, Jdbc.date(rs, "completed_on"),
                    assessment(rs), Jdbc.date(rs, "wait_listed_on"));
            case "Refused" -> Reconstitute.refused(caseId, form, submitted, history, decision);
            case "Granted" -> Reconstitute.granted(caseId, form, submitted, history, decision, unit, kind);
            case "Delivered" -> Reconstitute.delivered(caseId, form, submitted, history, decision, unit, kind, delivery(rs));
            case "Contracted" -> Reconstitute.contracted(caseId, form, submitted, history, decision, unit, kind, delivery(rs),
                    contract(c, id, rs));
            case "InService" -> Reconstitute.inService(caseId, form, submitted, history, decision, unit, kind, contract(c, id, rs),
                    Jdbc.date(rs, "use_started_on"), ActionPlanRows.SOCIAL_HOUSING.read(c, id), absences(c, id), familyChanges(c, id, applicant.get()),
                    breaches(c, id), charges(c, id), payments(c, id), preExpiry(rs));
            case "Lapsed" -> Reconstitute.lapsed(caseId, form, submitted, history, decision, unit, rs.getString("lapsed_by"),
                    Jdbc.date(rs, "lapsed_on"));
            case "Ended" -> Reconstitute.ended(caseId, form, submitted, history, unit,
                    EndReason.valueOf(rs.getString("end_reason")), Jdbc.date(rs, "last_day"),
                    Option.of(rs.getString("ending_decision_id")).map(decisions::get), charges(c, id), payments(c, id));
            default -> Either.left(new SocialHousingError.CorruptData("unknown state " + state));
        };
    }

    private static Either<SocialHousingError, PersonalCode> code(String text) {
        return PersonalCode.parse(text).mapLeft(e -> new SocialHousingError.CorruptData(e.message()));
    }

    private static List<String> strings(Connection c, String sql, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(n -> Enum.valueOf(type, n)).toList();
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        methods.addAll(enums(AssessmentMethod.class, rs.getString("assessment_methods")));
        return new Assessment(Jdbc.date(rs, "assessed_on"), rs.getString("specialist"), methods, rs.getBoolean("has_no_dwelling"),
                rs.getBoolean("needs_support"), rs.getBoolean("proposes_grant"), enums(RefusalGround.class, rs.getString("proposed_refusal")));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(DeliveryMethod.valueOf(rs.getString("delivery_method")), Instant.parse(rs.getString("delivered_at")));
    }

    private static ServiceContract contract(Connection c, String id, ResultSet rs) throws SQLException {
        List<PersonalCode> signatories = new ArrayList<>();
        for (String code : strings(c, "SELECT code FROM sh_signatory WHERE case_id = ? ORDER BY position", id)) {
            signatories.add(PersonalCode.parse(code).getOrElseThrow(e -> new IllegalArgumentException(e.message())));
        }
        return new ServiceContract(rs.getString("contract_number"), ShelterProvider.valueOf(rs.getString("contract_provider")),
                signatories, Jdbc.date(rs, "contract_signed_on"), Jdbc.date(rs, "contract_start"), Jdbc.date(rs, "contract_end"));
    }

    private static Option<PreExpiryAssessment> preExpiry(ResultSet rs) throws SQLException {
        LocalDate on = Jdbc.date(rs, "pre_assessed_on");
        return on == null ? Option.none() : Option.some(new PreExpiryAssessment(on, rs.getString("pre_prospects"),
                rs.getBoolean("pre_can_live_alone"), rs.getBoolean("pre_need_continues")));
    }

    private static Map<String, Decision> decisions(Connection c, String id) throws SQLException {
        Map<String, Decision> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sh_decision WHERE case_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String decisionId = rs.getString("decision_id");
                    List<LegalBasis> basis = new ArrayList<>();
                    try (PreparedStatement b = c.prepareStatement(
                            "SELECT rule_id, provision FROM sh_decision_basis WHERE case_id = ? AND decision_id = ? ORDER BY position")) {
                        b.setString(1, id);
                        b.setString(2, decisionId);
                        try (ResultSet br = b.executeQuery()) {
                            while (br.next()) {
                                basis.add(LegalBasis.of(br.getString(1), br.getString(2)));
                            }
                        }
                    }
                    List<Ground> grounds = new ArrayList<>();
                    try (PreparedStatement g = c.prepareStatement("SELECT ground_type, name, rule_id, provision, description "
                            + "FROM sh_decision_ground WHERE case_id = ? AND decision_id = ? ORDER BY position")) {
                        g.setString(1, id);
                        g.setString(2, decisionId);
                        try (ResultSet gr = g.executeQuery()) {
                            while (gr.next()) {
                                grounds.add(switch (gr.getString("ground_type")) {
                                    case "REFUSAL" -> RefusalGround.valueOf(gr.getString("name"));
                                    case "TERMINATION" -> TerminationGround.valueOf(gr.getString("name"));
                                    default -> new StatedGround(gr.getString("rule_id"), gr.getString("provision"), gr.getString("description"));
                                });
                            }
                        }
                    }
                    LocalDate date = Jdbc.date(rs, "service_end");
                    String text = rs.getString("outcome_text");
                    Outcome outcome = switch (rs.getString("outcome")) {
                        case "GRANT" -> new Outcome.Grant(new UnitId(rs.getString("unit_id")), date);
                        case "REFUSE" -> new Outcome.Refuse(grounds);
                        case "WAIT_LIST" -> new Outcome.WaitList();
                        case "TERMINATE" -> new Outcome.Terminate(grounds, date);
                        case "EXTEND" -> new Outcome.Extend(date);
                        case "REFER" -> new Outcome.Refer(text);
                        case "MOVE_STAGE" -> new Outcome.MoveStage(text);
                        case "GRANT_SERVICE" -> new Outcome.GrantService(text);
                        default -> throw new IllegalArgumentException("unknown outcome");
                    };
                    out.put(decisionId, new Decision(new DecisionId(decisionId), new DecisionMaker(rs.getString("made_by")),
                            Jdbc.date(rs, "made_on"), outcome, basis, Option.of(rs.getString("supersedes")).map(DecisionId::new)));
                }
            }
        }
        return out;
    }

    private static List<Absence> absences(Connection c, String id) throws SQLException {
        List<Absence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT from_date, until_date, notified_on FROM sh_absence WHERE case_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Absence(Jdbc.date(rs, "from_date"), Jdbc.date(rs, "until_date"), Option.of(Jdbc.date(rs, "notified_on"))));
                }
            }
        }
        return out;
    }

    private static List<FamilyChange> familyChanges(Connection c, String id, PersonalCode applicant) throws SQLException {
        List<FamilyChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT occurred_on, notified_on, members FROM sh_family_change WHERE case_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String joined = rs.getString("members");
                    List<PersonalCode> members = joined.isEmpty() ? List.of() : Arrays.stream(joined.split(","))
                            .map(code -> PersonalCode.parse(code).getOrElseThrow(e -> new IllegalArgumentException(e.message()))).toList();
                    out.add(new FamilyChange(Jdbc.date(rs, "occurred_on"), new Household(applicant, members),
                            Option.of(Jdbc.date(rs, "notified_on"))));
                }
            }
        }
        return out;
    }

    private static List<HouseRuleBreach> breaches(Connection c, String id) throws SQLException {
        List<HouseRuleBreach> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT on_date, rule FROM sh_breach WHERE case_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HouseRuleBreach(Jdbc.date(rs, "on_date"), rs.getString("rule")));
                }
            }
        }
        return out;
    }

    private static List<Charge> charges(Connection c, String id) throws SQLException {
        List<Charge> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT charge_month, kind, amount, explanation FROM sh_charge WHERE case_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Charge(YearMonth.parse(rs.getString(1)), Charge.Kind.valueOf(rs.getString(2)),
                            new Money(rs.getBigDecimal(3)), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static List<Payment> payments(Connection c, String id) throws SQLException {
        List<Payment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT paid_on, amount FROM sh_payment WHERE case_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Payment(Jdbc.date(rs, "paid_on"), new Money(rs.getBigDecimal(2))));
                }
            }
        }
        return out;
    }
}
