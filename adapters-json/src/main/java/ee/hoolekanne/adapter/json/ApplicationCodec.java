package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.ApplicationDocs.AbsenceDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ActionPlanDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ActivityDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ApplicationDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ApplicationDocument;
import ee.hoolekanne.adapter.json.ApplicationDocs.AssessmentDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.BreachDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ChargeDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.ContractDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.CopingDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.DecisionDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.DeliveryDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.EvaluationDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.EventDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.FamilyChangeDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.FormDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.GoalDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.GroundDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.HearingDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.OutcomeDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.PaymentDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.PreExpiryDoc;
import ee.hoolekanne.adapter.json.ApplicationDocs.RemedyTermDoc;
import ee.hoolekanne.adapter.json.Docs.HouseholdDoc;
import ee.hoolekanne.adapter.json.Docs.LegalBasisDoc;
import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.decision.StatedGround;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Absence;
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
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The social housing case in every state (TSM-1 .. TSM-25), both ways. */
final class ApplicationCodec extends DocumentCodec<Application, ApplicationDocument> {

    static final ApplicationCodec INSTANCE = new ApplicationCodec();

    /** What a masked text field becomes in a redacted document. */
    static final String MASKED_TEXT = "[redacted]";
    private static final Pattern MONEY = Pattern.compile("-?(0|[1-9][0-9]{0,11})\\.[0-9]{2}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** The state-specific fields each state has; every other one must be absent. */
    private static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("Incomplete", Set.of("missingParts", "remedyTerm")),
            Map.entry("Complete", Set.of("completedOn")),
            Map.entry("Assessed", Set.of("completedOn", "assessment")),
            Map.entry("WaitListed", Set.of("completedOn", "assessment", "waitListedOn")),
            Map.entry("Refused", Set.of("decisionId")),
            Map.entry("Granted", Set.of("decisionId", "unit", "units", "placementKind")),
            Map.entry("Delivered", Set.of("decisionId", "unit", "units", "placementKind", "delivery")),
            Map.entry("Contracted", Set.of("decisionId", "unit", "units", "placementKind", "delivery", "contract")),
            Map.entry("InService", Set.of("decisionId", "unit", "units", "placementKind", "contract", "useStartedOn", "actionPlan",
                    "absences", "familyChanges", "houseRuleBreaches", "charges", "payments", "preExpiryAssessment", "copingAssessment")),
            Map.entry("Lapsed", Set.of("decisionId", "unit", "units", "lapsedBy", "lapsedOn")),
            Map.entry("Ended", Set.of("unit", "units", "placementKind", "useStartedOn", "endReason", "lastDay", "endingDecisionId", "charges",
                    "payments", "copingAssessment")));

    private ApplicationCodec() {
        super(ApplicationDocument.class, ApplicationDocument::type, ApplicationDocument::schemaVersion);
    }


    // ---- encoding -------------------------------------------------------------------------------

    @Override
    public ApplicationDocument encode(String type, int version, Application app, Settings s) {
        List<String> missing = null;
        String completedOn = null;
        AssessmentDoc assessment = null;
        String waitListedOn = null;
        String decisionId = null;
        List<UnitId> held = List.of();
        String kind = null;
        DeliveryDoc delivery = null;
        ContractDoc contract = null;
        String useStartedOn = null;
        ActionPlanDoc plan = null;
        List<AbsenceDoc> absences = null;
        List<FamilyChangeDoc> familyChanges = null;
        List<BreachDoc> breaches = null;
        List<ChargeDoc> charges = null;
        List<PaymentDoc> payments = null;
        PreExpiryDoc preExpiry = null;
        CopingDoc coping = null;
        String lapsedBy = null;
        String lapsedOn = null;
        String endReason = null;
        String lastDay = null;
        String endingDecisionId = null;
        RemedyTermDoc remedy = null;
        switch (app) {
            case Application.Incomplete a -> {
                missing = a.missingParts().stream().map(Enum::name).toList();
                remedy = a.remedyTerm().map(ApplicationCodec::remedyTerm).getOrNull();
            }
            case Application.Complete a -> completedOn = Read.date(a.completedOn());
            case Application.Assessed a -> {
                completedOn = Read.date(a.completedOn());
                assessment = assessment(a.assessment());
            }
            case Application.WaitListed a -> {
                completedOn = Read.date(a.completedOn());
                assessment = assessment(a.assessment());
                waitListedOn = Read.date(a.waitListedOn());
            }
            case Application.Refused a -> decisionId = a.decision().id().value();
            case Application.Granted a -> {
                decisionId = a.decision().id().value();
                held = a.units();
                kind = a.placementKind().name();
            }
            case Application.Delivered a -> {
                decisionId = a.decision().id().value();
                held = a.units();
                kind = a.placementKind().name();
                delivery = delivery(a.delivery());
            }
            case Application.Contracted a -> {
                decisionId = a.decision().id().value();
                held = a.units();
                kind = a.placementKind().name();
                delivery = delivery(a.delivery());
                contract = contract(a.contract(), s);
            }
            case Application.InService a -> {
                decisionId = a.decision().id().value();
                held = a.units();
                kind = a.placementKind().name();
                contract = contract(a.contract(), s);
                useStartedOn = Read.date(a.useStartedOn());
                plan = a.actionPlan().map(ApplicationCodec::plan).getOrNull();
                absences = a.absences().stream().map(x -> new AbsenceDoc(Read.date(x.from()), Read.date(x.until()),
                        x.notifiedOn().map(Read::date).getOrNull())).toList();
                familyChanges = a.familyChanges().stream().map(x -> new FamilyChangeDoc(Read.date(x.occurredOn()),
                        x.newHousehold().members().stream().map(m -> Codecs.code(m, s)).toList(),
                        x.notifiedOn().map(Read::date).getOrNull())).toList();
                breaches = a.houseRuleBreaches().stream().map(x -> new BreachDoc(Read.date(x.on()), x.directive(), x.rule())).toList();
                charges = charges(a.charges());
                payments = payments(a.payments());
                coping = a.copingAssessment().map(c -> coping(c, s)).getOrNull();
                preExpiry = a.preExpiryAssessment().map(p -> new PreExpiryDoc(Read.date(p.assessedOn()), p.assessedBy().name(),
                        s.redacted() ? MASKED_TEXT : p.prospects(), s.redacted() ? null : p.canLiveAlone(),
                        p.needContinues())).getOrNull();
            }
            case Application.Lapsed a -> {
                decisionId = a.decision().id().value();
                held = a.units();
                lapsedBy = a.lapsedBy().id();
                lapsedOn = Read.date(a.lapsedOn());
            }
            case Application.Ended a -> {
                held = a.units();
                kind = a.placementKind().name();
                useStartedOn = Read.date(a.useStartedOn());
                endReason = a.reason().name();
                lastDay = Read.date(a.lastDay());
                endingDecisionId = a.endingDecision().map(d -> d.id().value()).getOrNull();
                charges = charges(a.charges());
                payments = payments(a.payments());
                coping = a.copingAssessment().map(c -> coping(c, s)).getOrNull();
            }
        }
        return new ApplicationDocument(type, version, new ApplicationDoc(app.id().value(), app.state(),
                Read.date(app.submittedOn()), form(app.form(), s), app.events().stream().map(e -> event(e, s)).toList(),
                missing, completedOn, assessment, waitListedOn, decisionId, held.size() == 1 ? held.get(0).value() : null,
                held.size() > 1 ? held.stream().map(UnitId::value).toList() : null, kind, delivery, contract, useStartedOn, plan,
                absences, familyChanges, breaches, charges, payments, preExpiry, coping, lapsedBy, lapsedOn, endReason, lastDay,
                endingDecisionId, remedy));
    }

    private static FormDoc form(ApplicationForm f, Settings s) {
        Household h = f.household();
        return new FormDoc(new HouseholdDoc(Codecs.code(h.applicant(), s), h.members().stream().map(m -> Codecs.code(m, s)).toList()),
                f.contactData().getOrNull(), f.supportNetwork().getOrNull(), f.residenceOrStay().getOrNull(),
                f.monthlyIncome().map(ApplicationCodec::money).getOrNull(), f.assets().getOrNull(),
                f.socialCoping().map(t -> s.redacted() ? MASKED_TEXT : t).getOrNull(),
                s.redacted() ? null : f.infectionCertificateNeeded(), s.redacted() ? null : f.infectionCertificateAttached(),
                f.supportingDocuments());
    }

    private static EventDoc event(CaseEvent e, Settings s) {
        return new EventDoc(Read.date(e.on()), e.kind().name(), e.decision().map(d -> decision(d, s)).getOrNull(), e.detail());
    }

    static DecisionDoc decision(Decision d, Settings s) {
        Outcome o = d.outcome();
        OutcomeDoc outcome = switch (o) {
            case Outcome.Grant g -> new OutcomeDoc("GRANT", g.units().size() == 1 ? g.units().get(0).value() : null,
                    g.units().size() > 1 ? g.units().stream().map(UnitId::value).toList() : null, Read.date(g.serviceEnd()), null, null, null,
                    null, null, null);
            case Outcome.Refuse r -> new OutcomeDoc("REFUSE", null, null, null, null, null, null, null, grounds(r.grounds()), null);
            case Outcome.WaitList w -> new OutcomeDoc("WAIT_LIST", null, null, null, null, null, null, null, null, null);
            case Outcome.Terminate t -> new OutcomeDoc("TERMINATE", null, null, null, Read.date(t.lastDay()), null, null, null, grounds(t.grounds()), null);
            case Outcome.Extend e -> new OutcomeDoc("EXTEND", null, null, null, null, Read.date(e.newServiceEnd()), null, null, null, null);
            case Outcome.Refer r -> new OutcomeDoc("REFER", null, null, null, null, null, r.service(), null, null, null);
            case Outcome.MoveStage m -> new OutcomeDoc("MOVE_STAGE", null, null, null, null, null, null, m.to(), null, null);
            case Outcome.GrantService g -> new OutcomeDoc("GRANT_SERVICE", null, null, null, null, null, g.service(), null, null, null);
            case Outcome.LeaveUnprocessed l -> new OutcomeDoc("LEAVE_UNPROCESSED", null, null, null, null, null, null, null, null,
                    Read.date(l.remedyDue()));
        };
        boolean legacy = d.madeBy().role().equals(d.madeBy().body()) && d.madeBy().signer().isEmpty();
        return new DecisionDoc(d.id().value(), d.madeBy().body(), Read.date(d.madeOn()), outcome,
                d.legalBasis().stream().map(b -> new LegalBasisDoc(b.ruleId(), b.provision())).toList(),
                d.supersedes().map(DecisionId::value).getOrNull(), legacy ? null : d.madeBy().role(),
                d.madeBy().signer().map(n -> s.redacted() ? MASKED_TEXT : n).getOrNull(),
                d.reasons().facts().isEmpty() ? null : d.reasons().facts().stream().map(f -> s.redacted() ? MASKED_TEXT : f).toList(),
                d.reasons().hearing().map(h -> hearing(h, s)).getOrNull(), d.delivery().map(ApplicationCodec::delivery).getOrNull());
    }

    private static HearingDoc hearing(Hearing h, Settings s) {
        return switch (h) {
            case Hearing.Held held -> new HearingDoc("HELD", Read.date(held.on()), s.redacted() ? MASKED_TEXT : held.how(), null, null);
            case Hearing.NotHeld not -> new HearingDoc("NOT_HELD", null, null, not.provision(), s.redacted() ? MASKED_TEXT : not.reason());
        };
    }

    private static List<GroundDoc> grounds(List<? extends Ground> grounds) {
        return grounds.stream().map(g -> switch (g) {
            case RefusalGround r -> new GroundDoc("REFUSAL", r.name(), null, null, null);
            case TerminationGround t -> new GroundDoc("TERMINATION", t.name(), null, null, null);
            default -> new GroundDoc("STATED", null, g.ruleId(), g.provision(), g.description());
        }).toList();
    }

    private static AssessmentDoc assessment(Assessment a) {
        return new AssessmentDoc(Read.date(a.assessedOn()), a.specialist(),
                a.methods().stream().map(Enum::name).sorted().toList(), a.hasNoDwelling(), a.needsSupport(), a.proposesGrant(),
                a.proposedRefusal().stream().map(Enum::name).toList());
    }

    private static DeliveryDoc delivery(Delivery d) {
        return new DeliveryDoc(d.method().name(), d.at().toString());
    }

    static ContractDoc contract(ServiceContract c, Settings s) {
        return new ContractDoc(c.number(), c.provider().name(), c.signatories().stream().map(p -> Codecs.code(p, s)).toList(),
                Read.date(c.signedOn()), Read.date(c.startDate()), Read.date(c.endDate()));
    }

    static ActionPlanDoc plan(ActionPlan p) {
        return new ActionPlanDoc(Read.date(p.drawnUpOn()), p.recipientParticipated(), p.recipientData(), p.caseDescription(),
                p.problems(), p.resources(), p.hinderingFactors(), p.goals().stream().map(ApplicationCodec::goal).toList(),
                p.cooperationAgreement(), Read.date(p.interimEvaluationOn()), Read.date(p.followUpEvaluationOn()));
    }

    private static GoalDoc goal(Goal g) {
        return new GoalDoc(g.id(), g.description(), g.subGoals().stream().map(ApplicationCodec::goal).toList(),
                g.activities().stream().map(a -> new ActivityDoc(a.description(), Read.date(a.from()), Read.date(a.until()), a.doneBy())).toList(),
                g.evaluations().stream().map(e -> new EvaluationDoc(e.kind().name(), e.status().name(), e.evidence(), e.evaluator(),
                        Read.date(e.date()))).toList());
    }

    private static List<ChargeDoc> charges(List<Charge> charges) {
        return charges.stream().map(c -> new ChargeDoc(c.month().toString(), c.kind().name(), money(c.amount()), c.explanation())).toList();
    }

    private static List<PaymentDoc> payments(List<Payment> payments) {
        return payments.stream().map(p -> new PaymentDoc(Read.date(p.paidOn()), money(p.amount()))).toList();
    }

    static String money(Money m) {
        return m.amount().toPlainString();
    }

    // ---- decoding -------------------------------------------------------------------------------

    @Override
    public Application decode(ApplicationDocument document, Settings s) {
        boolean first = document.schemaVersion() == 1;
        At at = At.ROOT.field("application");
        ApplicationDoc d = Read.required(document.application(), at);
        String state = Read.text(d.state(), at.field("state"));
        Set<String> allowed = FIELDS.get(state);
        if (allowed == null) {
            throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream().sorted().toList());
        }
        Read.onlyFields(at, state, allowed, stateFields(d), "case");
        CaseId id = Read.caseId(d.id(), at.field("id"));
        LocalDate submitted = Read.date(d.submittedOn(), at.field("submittedOn"));
        ApplicationForm form = form(Read.required(d.form(), at.field("form")), at.field("form"));
        List<CaseEvent> history = Read.each(d.history(), at.field("history"), this::event);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        history.forEach(e -> e.decision().forEach(x -> decisions.putIfAbsent(x.id().value(), x)));
        Either<SocialHousingError, Application> built = switch (state) {
            case "Incomplete" -> Application.Reconstitute.incomplete(id, form, submitted, history,
                    Read.each(d.missingParts(), at.field("missingParts"), (m, p) -> Read.constant(MissingPart.class, m, p)),
                    Option.of(d.remedyTerm()).map(t -> remedyTerm(t, at.field("remedyTerm"))));
            case "Complete" -> Application.Reconstitute.complete(id, form, submitted, history, Read.date(d.completedOn(), at.field("completedOn")));
            case "Assessed" -> Application.Reconstitute.assessed(id, form, submitted, history,
                    Read.date(d.completedOn(), at.field("completedOn")), assessment(Read.required(d.assessment(), at.field("assessment")), at.field("assessment")));
            case "WaitListed" -> Application.Reconstitute.waitListed(id, form, submitted, history,
                    Read.date(d.completedOn(), at.field("completedOn")), assessment(Read.required(d.assessment(), at.field("assessment")), at.field("assessment")),
                    Read.date(d.waitListedOn(), at.field("waitListedOn")));
            case "Refused" -> Application.Reconstitute.refused(id, form, submitted, history, decision(decisions, d.decisionId(), at.field("decisionId")));
            case "Granted" -> Application.Reconstitute.granted(id, form, submitted, history, decision(decisions, d.decisionId(), at.field("decisionId")),
                    units(d.unit(), d.units(), at), Read.constant(PlacementKind.class, d.placementKind(), at.field("placementKind")));
            case "Delivered" -> Application.Reconstitute.delivered(id, form, submitted, history,
                    decision(decisions, d.decisionId(), at.field("decisionId")), units(d.unit(), d.units(), at),
                    Read.constant(PlacementKind.class, d.placementKind(), at.field("placementKind")), delivery(d.delivery(), at.field("delivery")));
            case "Contracted" -> Application.Reconstitute.contracted(id, form, submitted, history,
                    decision(decisions, d.decisionId(), at.field("decisionId")), units(d.unit(), d.units(), at),
                    Read.constant(PlacementKind.class, d.placementKind(), at.field("placementKind")), delivery(d.delivery(), at.field("delivery")),
                    contract(d.contract(), at.field("contract")));
            case "InService" -> Application.Reconstitute.inService(id, form, submitted, history,
                    decision(decisions, d.decisionId(), at.field("decisionId")), units(d.unit(), d.units(), at),
                    Read.constant(PlacementKind.class, d.placementKind(), at.field("placementKind")), contract(d.contract(), at.field("contract")),
                    Read.date(d.useStartedOn(), at.field("useStartedOn")),
                    Option.of(d.actionPlan()).map(p -> plan(p, at.field("actionPlan"))),
                    Read.each(d.absences(), at.field("absences"), (x, p) -> Read.domain(p, () -> new Absence(Read.date(x.from(), p.field("from")),
                            Read.date(x.until(), p.field("until")), Option.of(x.notifiedOn()).map(n -> Read.date(n, p.field("notifiedOn")))))),
                    Read.each(d.familyChanges(), at.field("familyChanges"), (x, p) -> Read.domain(p, () -> new FamilyChange(
                            Read.date(x.occurredOn(), p.field("occurredOn")),
                            Read.domain(p.field("members"), () -> new Household(form.household().applicant(),
                                    Read.each(x.members(), p.field("members"), Read::personalCode))),
                            Option.of(x.notifiedOn()).map(n -> Read.date(n, p.field("notifiedOn")))))),
                    Read.each(d.houseRuleBreaches(), at.field("houseRuleBreaches"), (x, p) -> breach(x, first, p)),
                    charges(d.charges(), at.field("charges")), payments(d.payments(), at.field("payments")),
                    Option.of(d.preExpiryAssessment()).map(x -> preExpiry(x, first, d.contract(), at.field("preExpiryAssessment"))),
                    Option.of(d.copingAssessment()).map(x -> coping(x, at.field("copingAssessment"))));
            case "Lapsed" -> Application.Reconstitute.lapsed(id, form, submitted, history,
                    decision(decisions, d.decisionId(), at.field("decisionId")), units(d.unit(), d.units(), at),
                    Read.rule(d.lapsedBy(), at.field("lapsedBy")), Read.date(d.lapsedOn(), at.field("lapsedOn")));
            case "Ended" -> Application.Reconstitute.ended(id, form, submitted, history, units(d.unit(), d.units(), at),
                    endedKind(d, form, history, at), endedUseStartedOn(d, history, at),
                    Read.constant(EndReason.class, d.endReason(), at.field("endReason")), Read.date(d.lastDay(), at.field("lastDay")),
                    Option.of(d.endingDecisionId()).map(x -> decision(decisions, x, at.field("endingDecisionId"))),
                    charges(d.charges(), at.field("charges")), payments(d.payments(), at.field("payments")),
                    Option.of(d.copingAssessment()).map(x -> coping(x, at.field("copingAssessment"))));
            default -> throw Refusal.invalid(at.field("state"), "unknown state");
        };
        return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " case: " + e.message()));
    }

    /**
     * TSM-4: the units held: {@code unit} for one (every version), {@code units} for several
     * (version 2: a bed place for each adult); exactly one of the two.
     */
    static List<UnitId> units(String unit, List<String> units, At at) {
        if ((unit == null) == (units == null)) {
            throw Refusal.invalid(at.field("unit"), "a case or grant names its unit, or its units when there are several, not both");
        }
        if (units != null && units.size() < 2) {
            throw Refusal.invalid(at.field("units"), "several units, or one as unit");
        }
        return unit != null ? List.of(Read.unitId(unit, at.field("unit"))) : Read.each(units, at.field("units"), Read::unitId);
    }

    /** the placement of an ended case; version 1 did not store it: a dwelling when ancillary costs were charged, else as the household needed. */
    private static PlacementKind endedKind(ApplicationDoc d, ApplicationForm form, List<CaseEvent> history, At at) {
        if (d.placementKind() != null) {
            return Read.constant(PlacementKind.class, d.placementKind(), at.field("placementKind"));
        }
        boolean dwelling = d.charges() != null && d.charges().stream().anyMatch(c -> "ANCILLARY_COSTS".equals(c.kind()));
        return dwelling ? PlacementKind.SEPARATE_DWELLING : form.household().placementKindOn(endedUseStartedOn(d, history, at), 18);
    }

    /** The day use started of an ended case; version 1 did not store it: the date of the history's use-started event. */
    private static LocalDate endedUseStartedOn(ApplicationDoc d, List<CaseEvent> history, At at) {
        if (d.useStartedOn() != null) {
            return Read.date(d.useStartedOn(), at.field("useStartedOn"));
        }
        return history.stream().filter(e -> e.kind() == CaseEvent.Kind.USE_STARTED).map(CaseEvent::on).findFirst()
                .orElseThrow(() -> Refusal.invalid(at.field("history"), "an ended case's history has the start of use"));
    }

    /** The state-specific fields (name, value), for the check that a state has only its own. */
    private static Object[][] stateFields(ApplicationDoc d) {
        return new Object[][]{{"missingParts", d.missingParts()}, {"completedOn", d.completedOn()}, {"assessment", d.assessment()},
                {"waitListedOn", d.waitListedOn()}, {"decisionId", d.decisionId()}, {"unit", d.unit()}, {"units", d.units()},
                {"placementKind", d.placementKind()}, {"delivery", d.delivery()}, {"contract", d.contract()},
                {"useStartedOn", d.useStartedOn()}, {"actionPlan", d.actionPlan()}, {"absences", d.absences()},
                {"familyChanges", d.familyChanges()}, {"houseRuleBreaches", d.houseRuleBreaches()}, {"charges", d.charges()},
                {"payments", d.payments()}, {"preExpiryAssessment", d.preExpiryAssessment()},
                {"copingAssessment", d.copingAssessment()}, {"lapsedBy", d.lapsedBy()},
                {"lapsedOn", d.lapsedOn()}, {"endReason", d.endReason()}, {"lastDay", d.lastDay()},
                {"endingDecisionId", d.endingDecisionId()}, {"remedyTerm", d.remedyTerm()}};
    }

    private static ApplicationForm form(FormDoc f, At at) {
        HouseholdDoc h = Read.required(f.household(), at.field("household"));
        PersonalCode applicant = Read.personalCode(h.applicant(), at.field("household").field("applicant"));
        List<PersonalCode> members = Read.each(h.members(), at.field("household").field("members"), Read::personalCode);
        Household household = Read.domain(at.field("household").field("members"), () -> new Household(applicant, members));
        boolean needed = Read.required(f.infectionCertificateNeeded(), at.field("infectionCertificateNeeded"));
        boolean attached = Read.required(f.infectionCertificateAttached(), at.field("infectionCertificateAttached"));
        if (MASKED_TEXT.equals(f.socialCoping())) {
            throw Refusal.invalid(at.field("socialCoping"), "redacted: a redacted document is for reading by people, it cannot be decoded");
        }
        return Read.domain(at, () -> new ApplicationForm(household, Option.of(f.contactData()), Option.of(f.supportNetwork()),
                Option.of(f.residenceOrStay()), Option.of(f.monthlyIncome()).map(m -> money(m, at.field("monthlyIncome"))),
                Option.of(f.assets()), Option.of(f.socialCoping()), needed, attached,
                Read.each(f.supportingDocuments(), at.field("supportingDocuments"), Read::text)));
    }

    private CaseEvent event(EventDoc e, At at) {
        return Read.domain(at, () -> new CaseEvent(Read.date(e.on(), at.field("on")), Read.constant(CaseEvent.Kind.class, e.kind(), at.field("kind")),
                Option.of(e.decision()).map(x -> decision(x, at.field("decision"))), Read.text(e.detail(), at.field("detail"))));
    }

    static Decision decision(DecisionDoc d, At at) {
        OutcomeDoc o = Read.required(d.outcome(), at.field("outcome"));
        String kind = Read.text(o.kind(), at.field("outcome").field("kind"));
        At p = at.field("outcome");
        Set<String> allowed = switch (kind) {
            case "GRANT" -> Set.of("unit", "units", "serviceEnd");
            case "REFUSE" -> Set.of("grounds");
            case "TERMINATE" -> Set.of("grounds", "lastDay");
            case "EXTEND" -> Set.of("newServiceEnd");
            case "REFER", "GRANT_SERVICE" -> Set.of("service");
            case "MOVE_STAGE" -> Set.of("to");
            case "WAIT_LIST" -> Set.of();
            case "LEAVE_UNPROCESSED" -> Set.of("remedyDue");
            default -> throw Refusal.invalid(p.field("kind"), "not an outcome kind");
        };
        Read.onlyFields(p, kind, allowed, new Object[][]{{"unit", o.unit()}, {"units", o.units()}, {"serviceEnd", o.serviceEnd()}, {"lastDay", o.lastDay()},
                {"newServiceEnd", o.newServiceEnd()}, {"service", o.service()}, {"to", o.to()}, {"grounds", o.grounds()},
                {"remedyDue", o.remedyDue()}}, "outcome");
        Outcome outcome = Read.domain(p, () -> switch (kind) {
            case "GRANT" -> new Outcome.Grant(units(o.unit(), o.units(), p), Read.date(o.serviceEnd(), p.field("serviceEnd")));
            case "REFUSE" -> new Outcome.Refuse(grounds(o.grounds(), p.field("grounds")));
            case "TERMINATE" -> new Outcome.Terminate(grounds(o.grounds(), p.field("grounds")), Read.date(o.lastDay(), p.field("lastDay")));
            case "EXTEND" -> new Outcome.Extend(Read.date(o.newServiceEnd(), p.field("newServiceEnd")));
            case "REFER" -> new Outcome.Refer(Read.text(o.service(), p.field("service")));
            case "GRANT_SERVICE" -> new Outcome.GrantService(Read.text(o.service(), p.field("service")));
            case "MOVE_STAGE" -> new Outcome.MoveStage(Read.text(o.to(), p.field("to")));
            case "LEAVE_UNPROCESSED" -> new Outcome.LeaveUnprocessed(Read.date(o.remedyDue(), p.field("remedyDue")));
            default -> new Outcome.WaitList();
        });
        List<LegalBasis> basis = Read.each(d.legalBasis(), at.field("legalBasis"), (b, bp) -> Read.domain(bp,
                () -> new LegalBasis(Read.rule(b.ruleId(), bp.field("ruleId")), Read.text(b.provision(), bp.field("provision")))));
        String body = Read.text(d.madeBy(), at.field("madeBy"));
        String role = d.role() == null ? body : Read.text(d.role(), at.field("role"));
        Option<String> signer = Option.of(d.signer()).map(x -> Read.text(x, at.field("signer")));
        if (MASKED_TEXT.equals(d.signer())) {
            throw Refusal.invalid(at.field("signer"), "redacted: a redacted document is for reading by people, it cannot be decoded");
        }
        List<String> facts = d.facts() == null ? List.of() : Read.each(d.facts(), at.field("facts"), (f, fp) -> Read.text(f, fp));
        Option<Hearing> hearing = Option.of(d.hearing()).map(h -> hearing(h, at.field("hearing")));
        Option<Delivery> delivery = Option.of(d.delivery()).map(x -> delivery(x, at.field("delivery")));
        return Read.domain(at, () -> new Decision(new DecisionId(Read.text(d.id(), at.field("id"))),
                new DecisionMaker(body, role, signer), Read.date(d.madeOn(), at.field("madeOn")), outcome, basis,
                Option.of(d.supersedes()).map(x -> Read.domain(at.field("supersedes"), () -> new DecisionId(x))),
                new Reasons(facts, hearing), delivery));
    }

    static RemedyTermDoc remedyTerm(RemedyTerm t) {
        return new RemedyTermDoc(Read.date(t.setOn()), t.term().amount(), t.term().unit().name());
    }

    static RemedyTerm remedyTerm(RemedyTermDoc t, At at) {
        int amount = Read.required(t.amount(), at.field("amount"));
        if (amount < 1) {
            throw Refusal.invalid(at.field("amount"), "a term of at least 1");
        }
        Term.Unit unit = Read.constant(Term.Unit.class, t.unit(), at.field("unit"));
        return Read.domain(at, () -> new RemedyTerm(Read.date(t.setOn(), at.field("setOn")), new Term(amount, unit, Term.Direction.AFTER)));
    }

    private static Hearing hearing(HearingDoc h, At at) {
        String kind = Read.text(h.kind(), at.field("kind"));
        return switch (kind) {
            case "HELD" -> {
                Read.onlyFields(at, kind, Set.of("on", "how"), new Object[][]{{"on", h.on()}, {"how", h.how()},
                        {"provision", h.provision()}, {"reason", h.reason()}}, "hearing");
                yield Read.domain(at, () -> new Hearing.Held(Read.date(h.on(), at.field("on")), Read.text(h.how(), at.field("how"))));
            }
            case "NOT_HELD" -> {
                Read.onlyFields(at, kind, Set.of("provision", "reason"), new Object[][]{{"on", h.on()}, {"how", h.how()},
                        {"provision", h.provision()}, {"reason", h.reason()}}, "hearing");
                yield Read.domain(at, () -> new Hearing.NotHeld(Read.text(h.provision(), at.field("provision")),
                        Read.text(h.reason(), at.field("reason"))));
            }
            default -> throw Refusal.invalid(at.field("kind"), "not a hearing kind");
        };
    }

    private static List<Ground> grounds(List<GroundDoc> grounds, At at) {
        return Read.each(grounds, at, (g, p) -> switch (Read.text(g.type(), p.field("type"))) {
            case "REFUSAL" -> named(g, p, RefusalGround.class);
            case "TERMINATION" -> named(g, p, TerminationGround.class);
            case "STATED" -> {
                if (g.name() != null) {
                    throw Refusal.invalid(p.field("name"), "a stated ground has no catalogue name");
                }
                yield Read.domain(p, () -> new StatedGround(Read.rule(g.ruleId(), p.field("ruleId")), Read.text(g.provision(), p.field("provision")),
                        Read.text(g.description(), p.field("description"))));
            }
            default -> throw Refusal.invalid(p.field("type"), "not one of [REFUSAL, TERMINATION, STATED]");
        });
    }

    private static <E extends Enum<E> & Ground> Ground named(GroundDoc g, At p, Class<E> type) {
        if (g.ruleId() != null || g.provision() != null || g.description() != null) {
            throw Refusal.invalid(p, "a catalogued ground has only its type and name");
        }
        return Read.constant(type, g.name(), p.field("name"));
    }

    /** The decision with {@code id} from the history: a state's decision must be one the history records. */
    private static Decision decision(Map<String, Decision> decisions, String id, At at) {
        Decision found = decisions.get(Read.text(id, at));
        if (found == null) {
            throw Refusal.invalid(at, "no decision with this id in the history");
        }
        return found;
    }

    private static Assessment assessment(AssessmentDoc a, At at) {
        Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        methods.addAll(Read.each(a.methods(), at.field("methods"), (m, p) -> Read.constant(AssessmentMethod.class, m, p)));
        return Read.domain(at, () -> new Assessment(Read.date(a.assessedOn(), at.field("assessedOn")), Read.text(a.specialist(), at.field("specialist")),
                methods, Read.required(a.hasNoDwelling(), at.field("hasNoDwelling")), Read.required(a.needsSupport(), at.field("needsSupport")),
                Read.required(a.proposesGrant(), at.field("proposesGrant")),
                Read.each(a.proposedRefusal(), at.field("proposedRefusal"), (r, p) -> Read.constant(RefusalGround.class, r, p))));
    }

    private static Delivery delivery(DeliveryDoc d, At at) {
        Read.required(d, at);
        DeliveryMethod method = Read.constant(DeliveryMethod.class, d.method(), at.field("method"));
        Instant instant;
        try {
            instant = Instant.parse(Read.text(d.at(), at.field("at")));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(at.field("at"), "not an ISO-8601 instant (e.g. 2026-01-05T08:00:00Z)");
        }
        return Read.domain(at, () -> new Delivery(method, instant));
    }

    static ServiceContract contract(ContractDoc c, At at) {
        Read.required(c, at);
        return Read.domain(at, () -> new ServiceContract(Read.text(c.number(), at.field("number")),
                Read.constant(ShelterProvider.class, c.provider(), at.field("provider")),
                Read.each(c.signatories(), at.field("signatories"), Read::personalCode), Read.date(c.signedOn(), at.field("signedOn")),
                Read.date(c.startDate(), at.field("startDate")), Read.date(c.endDate(), at.field("endDate"))));
    }

    static ActionPlan plan(ActionPlanDoc p, At at) {
        return Read.domain(at, () -> new ActionPlan(Read.date(p.drawnUpOn(), at.field("drawnUpOn")),
                Read.required(p.recipientParticipated(), at.field("recipientParticipated")), Read.text(p.recipientData(), at.field("recipientData")),
                Read.text(p.caseDescription(), at.field("caseDescription")), Read.text(p.problems(), at.field("problems")),
                Read.text(p.resources(), at.field("resources")), Read.text(p.hinderingFactors(), at.field("hinderingFactors")),
                Read.each(p.goals(), at.field("goals"), ApplicationCodec::goal), Read.text(p.cooperationAgreement(), at.field("cooperationAgreement")),
                Read.date(p.interimEvaluationOn(), at.field("interimEvaluationOn")), Read.date(p.followUpEvaluationOn(), at.field("followUpEvaluationOn"))));
    }

    private static Goal goal(GoalDoc g, At at) {
        return Read.domain(at, () -> new Goal(Read.text(g.id(), at.field("id")), Read.text(g.description(), at.field("description")),
                Read.each(g.subGoals(), at.field("subGoals"), ApplicationCodec::goal),
                Read.each(g.activities(), at.field("activities"), (a, p) -> Read.domain(p, () -> new Activity(Read.text(a.description(), p.field("description")),
                        Read.date(a.from(), p.field("from")), Read.date(a.until(), p.field("until")), Read.text(a.doneBy(), p.field("doneBy"))))),
                Read.each(g.evaluations(), at.field("evaluations"), (e, p) -> Read.domain(p, () -> new Evaluation(
                        Read.constant(Evaluation.Kind.class, e.kind(), p.field("kind")), Read.constant(GoalStatus.class, e.status(), p.field("status")),
                        Read.text(e.evidence(), p.field("evidence")), Read.text(e.evaluator(), p.field("evaluator")), Read.date(e.date(), p.field("date")))))));
    }

    private static List<Charge> charges(List<ChargeDoc> charges, At at) {
        return Read.each(charges, at, (c, p) -> Read.domain(p, () -> new Charge(month(c.month(), p.field("month")),
                Read.constant(Charge.Kind.class, c.kind(), p.field("kind")), money(c.amount(), p.field("amount")), Read.text(c.explanation(), p.field("explanation")))));
    }

    private static List<Payment> payments(List<PaymentDoc> payments, At at) {
        return Read.each(payments, at, (x, p) -> Read.domain(p, () -> new Payment(Read.date(x.paidOn(), p.field("paidOn")), money(x.amount(), p.field("amount")))));
    }

    /** TSM-19: a breach names its directive from version 2; a version 1 breach did not record it. */
    private static HouseRuleBreach breach(BreachDoc x, boolean first, At at) {
        String directive = first && x.directive() == null ? NO_DIRECTIVE : Read.text(x.directive(), at.field("directive"));
        if (first && x.directive() != null) {
            throw Refusal.invalid(at.field("directive"), "not in schema version 1");
        }
        return Read.domain(at, () -> new HouseRuleBreach(Read.date(x.on(), at.field("on")), directive, Read.text(x.rule(), at.field("rule"))));
    }

    /** What a breach read from a version 1 document names as its directive: version 1 did not record it. */
    static final String NO_DIRECTIVE = "not recorded (schema version 1)";

    private static CopingDoc coping(CopingAssessment c, Settings s) {
        return new CopingDoc(Read.date(c.assessedOn()), s.redacted() ? null : c.securesDwelling(), s.redacted() ? null : c.meetsObligations(),
                s.redacted() ? null : c.copesDaily());
    }

    private static CopingAssessment coping(CopingDoc x, At at) {
        return Read.domain(at, () -> new CopingAssessment(Read.date(x.assessedOn(), at.field("assessedOn")),
                Read.required(x.securesDwelling(), at.field("securesDwelling")), Read.required(x.meetsObligations(), at.field("meetsObligations")),
                Read.required(x.copesDaily(), at.field("copesDaily"))));
    }

    /** TSM-24: the provider that assessed from version 2; in version 1, the contract's (the only one that may). */
    private static PreExpiryAssessment preExpiry(PreExpiryDoc x, boolean first, ContractDoc contract, At at) {
        if (MASKED_TEXT.equals(x.prospects())) {
            throw Refusal.invalid(at.field("prospects"), "redacted: a redacted document is for reading by people, it cannot be decoded");
        }
        if (first && x.assessedBy() != null) {
            throw Refusal.invalid(at.field("assessedBy"), "not in schema version 1");
        }
        ShelterProvider by = first
                ? Read.constant(ShelterProvider.class, Read.required(contract, at).provider(), at.field("assessedBy"))
                : Read.constant(ShelterProvider.class, x.assessedBy(), at.field("assessedBy"));
        return Read.domain(at, () -> new PreExpiryAssessment(Read.date(x.assessedOn(), at.field("assessedOn")), by, Read.text(x.prospects(), at.field("prospects")),
                Read.required(x.canLiveAlone(), at.field("canLiveAlone")), Read.required(x.needContinues(), at.field("needContinues"))));
    }

    /** Euros as a decimal string with exactly two decimals, e.g. {@code "90.00"}. */
    static Money money(String text, At at) {
        Read.required(text, at);
        if (!MONEY.matcher(text).matches()) {
            throw Refusal.invalid(at, "not an amount in euros with two decimals (e.g. 90.00)");
        }
        return new Money(new BigDecimal(text));
    }

    private static YearMonth month(String text, At at) {
        Read.required(text, at);
        if (!MONTH.matcher(text).matches()) {
            throw Refusal.invalid(at, "not a month (yyyy-mm)");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(at, "not a month (yyyy-mm)");
        }
    }
}
