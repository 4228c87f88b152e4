package ee.hoolekanne.usecase.socialhousing;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.StockError;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Eligibility;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.socialhousing.*;
import ee.hoolekanne.port.in.socialhousing.LeaveUnprocessedCommand;
import ee.hoolekanne.port.in.socialhousing.LeaveUnprocessedUseCase;
import ee.hoolekanne.port.in.socialhousing.ReadCaseCommand;
import ee.hoolekanne.port.in.socialhousing.ReadCaseUseCase;
import ee.hoolekanne.port.in.socialhousing.SetRemedyTermCommand;
import ee.hoolekanne.port.in.socialhousing.SetRemedyTermUseCase;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.usecase.Action;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.CaseRunner;
import ee.hoolekanne.usecase.ObligationSource;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static ee.hoolekanne.usecase.CaseRunner.refused;

/**
 * Every use case of the social housing service in Tartu (TSM-1 .. TSM-25).
 *
 * <p>Each command runs through the {@link CaseRunner}: in one transaction it loads the case, asks
 * the case's state for the transition, saves the result under the version it loaded, records the
 * use of everyone's data and replaces the case's open obligations. A decision that grants,
 * wait-lists, extends, ends or lapses a service changes the housing stock and the waiting list in
 * the same transaction, so the case, the unit and the list commit together or not at all; the
 * stock's and the list's versions are checked, and a command that lost a race is run again from
 * the start. A unit is never allocated twice. The notifications a command causes (a decision, a
 * freed place) are written to the outbox in the same transaction and delivered by the
 * {@link ee.hoolekanne.usecase.NotificationRelay}, at least once; sending is not the legal fact:
 * that is the delivery of the decision, recorded by {@link #deliverDecision}, whose deadline the
 * deadline watch shows. Thread-safe when its ports are.
 */
public final class SocialHousingService implements ReadCaseUseCase, SubmitApplicationUseCase, SupplementApplicationUseCase,
        AssessApplicationUseCase, SetRemedyTermUseCase, LeaveUnprocessedUseCase, DecideApplicationUseCase, DeliverDecisionUseCase, SignContractUseCase,
        StartUseUseCase, LapseDecisionUseCase, RecordAbsenceUseCase, RecordFamilyChangeUseCase,
        RecordHouseRuleBreachUseCase, DrawUpActionPlanUseCase, EvaluateGoalUseCase, ChargeFeeUseCase,
        RecordAncillaryCostsUseCase, RecordPaymentUseCase, AssessCopingUseCase, AssessBeforeExpiryUseCase, ExtendServiceUseCase,
        TerminateServiceUseCase, ExpireServiceUseCase, OfferFreedPlaceUseCase, QueryWaitingListUseCase, ObligationSource {

    static final Action READ_CASE = new Action("read the case", Rule.TSM_18);
    static final Action SUBMIT = new Action("submit the application", Rule.TSM_6);
    static final Action SUPPLEMENT = new Action("supplement the application", Rule.TSM_6);
    static final Action SET_REMEDY_TERM = new Action("set a term to remedy the application", Rule.HMS_1);
    static final Action LEAVE_UNPROCESSED = new Action("leave the application unprocessed", Rule.HMS_1);
    static final Action ASSESS = new Action("assess the application", Rule.TSM_7);
    static final Action DECIDE = new Action("decide the application", Rule.TSM_8);
    static final Action DELIVER = new Action("deliver the decision", Rule.TSM_15);
    static final Action SIGN = new Action("sign the contract", Rule.TSM_12);
    static final Action START_USE = new Action("start use of the service", Rule.TSM_14);
    static final Action LAPSE = new Action("record that the decision lapsed", Rule.TSM_13);
    static final Action RECORD_ABSENCE = new Action("record an absence", Rule.TSM_20);
    static final Action RECORD_FAMILY_CHANGE = new Action("record a family change", Rule.TSM_20);
    static final Action RECORD_BREACH = new Action("record a house-rule breach", Rule.TSM_19);
    static final Action DRAW_UP_PLAN = new Action("draw up the action plan", Rule.TSM_16);
    static final Action EVALUATE_GOAL = new Action("evaluate a goal", Rule.TSM_17);
    static final Action CHARGE_FEE = new Action("charge the fee", Rule.TSM_4);
    static final Action RECORD_ANCILLARY_COSTS = new Action("record ancillary costs", Rule.TSM_5);
    static final Action RECORD_PAYMENT = new Action("record a payment", Rule.TSM_20);
    static final Action ASSESS_COPING = new Action("assess the recipient's coping", Rule.TSM_23);
    static final Action ASSESS_BEFORE_EXPIRY = new Action("assess before the term ends", Rule.TSM_24);
    static final Action EXTEND = new Action("extend the service", Rule.TSM_25);
    static final Action TERMINATE = new Action("end the service early", Rule.TSM_22);
    static final Action EXPIRE = new Action("end the service at the end of its term", Rule.TSM_21);
    static final Action OFFER_FREED_PLACE = new Action("offer a freed place", Rule.TSM_11);

    private final SocialHousingPorts ports;
    private final SocialHousingSettings settings;
    private final SocialHousingSchedule schedule;
    private final CaseRunner<Application, SocialHousingSchedule, SocialHousingError> cases;

    /** A service over {@code ports} and the ports every service runs on, run per {@code settings}. */
    public SocialHousingService(SocialHousingPorts ports, CasePorts kernel, SocialHousingSettings settings) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.schedule = settings.schedule();
        this.cases = new CaseRunner<>(CaseKind.SOCIAL_HOUSING, ports.cases(), schedule, Objects.requireNonNull(kernel, "kernel"));
    }

    // ---- application and assessment ---------------------------------------------------------

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> submitApplication(SubmitApplicationCommand c) {
        return cases.open(SUBMIT, c.caseId(), () -> rulesOn(c.submittedOn())
                .flatMap(rules -> filedAtAreaCentreOfResidence(c).map(checked -> rules))
                .flatMap(rules -> refused(Application.submit(c.caseId(), c.form(), c.submittedOn(), c.filedAt(), rules))));
    }

    /**
     * TSM-6: an adult applies at the area centre of their residence. Checked when the settings
     * give the city's area centres and the population register a district the centres serve;
     * otherwise where the application was filed is only recorded.
     */
    private Either<CaseFailure<SocialHousingError>, Boolean> filedAtAreaCentreOfResidence(SubmitApplicationCommand c) {
        if (c.filedAt().isEmpty() || settings.areaCentres().isEmpty()) {
            return Either.right(false);
        }
        return ports.register().residenceDistrict(c.form().household().applicant(), c.submittedOn())
                .<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::unavailable)
                .flatMap(district -> {
                    Option<String> competent = district.flatMap(settings.areaCentres()::centreFor);
                    if (competent.isDefined() && !competent.get().equals(c.filedAt().get())) {
                        return Either.left(new CaseFailure.Refused<>(new SocialHousingError.WrongAreaCentre(competent.get(),
                                c.filedAt().get())));
                    }
                    return Either.right(competent.isDefined());
                });
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> supplementApplication(SupplementApplicationCommand c) {
        return cases.change(SUPPLEMENT, c.caseId(), Application.Incomplete.class, app -> app.supplement(c.form(), c.on()));
    }

    /** HMS-1: the official sets the term to remedy an incomplete application; it goes on the morning list. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> setRemedyTerm(SetRemedyTermCommand c) {
        return cases.change(SET_REMEDY_TERM, c.caseId(), Application.Incomplete.class,
                app -> app.setRemedyTerm(new RemedyTerm(c.setOn(), c.term())));
    }

    /** HMS-1: after the remedy term the application is left unprocessed, by a decision like any other. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> leaveUnprocessed(LeaveUnprocessedCommand c) {
        return cases.changeWith(LEAVE_UNPROCESSED, c.caseId(), Application.Incomplete.class, app -> {
            if (app.remedyTerm().isEmpty()) {
                return Either.left(new CaseFailure.Refused<>(new SocialHousingError.NoRemedyTerm()));
            }
            LocalDate due = app.remedyTerm().get().deadline(schedule.calendar()).dueDate();
            SocialHousingRules rules = schedule.rulesFor(app);
            Decision proposed = new Decision(c.decisionId(), c.madeBy(), c.madeOn(), new Outcome.LeaveUnprocessed(due),
                    List.of(LegalBasis.of(Rule.HMS_1, "HMS § 15(2)"), rules.basis(Rule.TSM_6)), lastDecision(app), c.reasons());
            return lawful(proposed)
                    .flatMap(decision -> CaseRunner.<SocialHousingError, Application.Refused>refused(app.leaveUnprocessed(decision,
                            schedule.calendar())))
                    .flatMap(left -> told(left, c.decisionId(), c.madeOn()));
        });
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> assessApplication(AssessApplicationCommand c) {
        return cases.change(ASSESS, c.caseId(), Application.Complete.class, app -> app.assess(c.assessment()));
    }

    // ---- decisions ----------------------------------------------------------------------------

    /**
     * TSM-9 .. TSM-11: the committee grants (the unit allocated, the case off the waiting list),
     * refuses (off the waiting list) or wait-lists (only when no place is free) an eligible
     * applicant, in one transaction.
     */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> decideApplication(DecideApplicationCommand c) {
        return cases.changeWith(DECIDE, c.caseId(), Application.Decidable.class, app -> decide(app, c)
                .flatMap(decided -> told(decided, c.decisionId(), c.madeOn())));
    }

    private Either<CaseFailure<SocialHousingError>, Application> decide(Application.Decidable app, DecideApplicationCommand c) {
        SocialHousingRules rules = schedule.rulesFor(app);
        return switch (c.outcome()) {
            case Outcome.Grant grant -> lawful(decision(c, app, rules, Rule.TSM_9)).flatMap(d -> grant(app, grant, d, rules));
            case Outcome.Refuse refuse -> lawful(decision(c, app, rules, Rule.TSM_10)).flatMap(d -> refuse(app, d));
            case Outcome.WaitList waitList -> lawful(decision(c, app, rules, Rule.TSM_11)).flatMap(d -> waitList(app, d, rules));
            case Outcome.LeaveUnprocessed other -> wrongOutcome(other);
            case Outcome.Terminate other -> wrongOutcome(other);
            case Outcome.Extend other -> wrongOutcome(other);
            case Outcome.Refer other -> wrongOutcome(other);
            case Outcome.MoveStage other -> wrongOutcome(other);
            case Outcome.GrantService other -> wrongOutcome(other);
        };
    }

    /**
     * TSM-9: eligible (TSM-2), the units allocated for the term (a dwelling, or a bed place for
     * each adult, all of them or none: TSM-4, TSM-5), off the waiting list.
     */
    private Either<CaseFailure<SocialHousingError>, Application> grant(Application.Decidable app, Outcome.Grant grant,
                                                                       Decision decision, SocialHousingRules rules) {
        return checkEligibility(app, decision.madeOn(), rules)
                .flatMap(eligible -> refused(app.grant(decision, eligible, rules)))
                .flatMap(granted -> updateStock(stock -> stock.allocateAll(grant.units(), granted.placementKind(), app.id(),
                        decision.madeOn(), grant.serviceEnd())).map(stock -> granted))
                .flatMap(granted -> leaveWaitingList(app.id(), decision.madeOn(), "granted " + String.join(", ",
                        grant.units().stream().map(UnitId::value).toList())).map(list -> granted));
    }

    /** TSM-10: refused on its grounds, off the waiting list. */
    private Either<CaseFailure<SocialHousingError>, Application> refuse(Application.Decidable app, Decision decision) {
        return CaseRunner.<SocialHousingError, Application>refused(app.refuse(decision))
                .flatMap(refusedCase -> leaveWaitingList(app.id(), decision.madeOn(), "refused").map(list -> refusedCase));
    }

    /** TSM-11: eligible, but every place of the kind the household needs is taken: onto the waiting list. */
    private Either<CaseFailure<SocialHousingError>, Application> waitList(Application.Decidable app, Decision decision,
                                                                          SocialHousingRules rules) {
        if (!(app instanceof Application.Assessed assessed)) {
            return Either.left(new CaseFailure.WrongState<>("put on the waiting list", app.state()));
        }
        PlacementKind kind = app.household().placementKindOn(decision.madeOn(), rules.adultAge());
        return checkEligibility(app, decision.madeOn(), rules)
                .flatMap(eligible -> noPlaceFree(kind, decision.madeOn()).map(none -> eligible))
                .flatMap(eligible -> refused(assessed.waitList(decision, eligible)))
                .flatMap(listed -> updateWaitingList(list -> list.add(app.id(), kind, assessed.completedOn(), decision.madeOn()))
                        .map(list -> listed));
    }

    private static Either<CaseFailure<SocialHousingError>, Application> wrongOutcome(Outcome outcome) {
        return Either.left(new CaseFailure.Refused<>(new SocialHousingError.WrongOutcome("grant, refuse or wait-list",
                outcome.getClass().getSimpleName())));
    }

    private static Decision decision(DecideApplicationCommand c, Application app, SocialHousingRules rules, Rule rule) {
        return new Decision(c.decisionId(), c.madeBy(), c.madeOn(), c.outcome(),
                List.of(rules.basis(Rule.TSM_2), rules.basis(Rule.TSM_7), rules.basis(rule)), lastDecision(app), c.reasons());
    }

    /**
     * HMS-2, HMS-4, HMS-5: the decision is an act the service's procedure allows on its date: by a
     * competent role, stating its facts, after a hearing where it refuses or ends the service.
     */
    private Either<CaseFailure<SocialHousingError>, Decision> lawful(Decision decision) {
        return CaseRunner.refused(CaseRunner.<SocialHousingError>lawful(decision, schedule.procedureOn(decision.madeOn()),
                SocialHousingError.DefectiveDecision::new, SocialHousingError.NoProcedure::new));
    }

    /** TSM-2: the population register's residence and the specialist's assessment. */
    private Either<CaseFailure<SocialHousingError>, Eligibility> checkEligibility(Application.Decidable app, LocalDate on,
                                                                                 SocialHousingRules rules) {
        return ports.register().residenceMunicipality(app.household().applicant(), on)
                .<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::unavailable)
                .flatMap(residence -> Eligibility.check(residence, app.assessment(), rules).toEither()
                        .mapLeft(failures -> new CaseFailure.Refused<>(new SocialHousingError.NotEligible(failures.toJavaList()))));
    }

    private Either<CaseFailure<SocialHousingError>, List<HousingUnit>> noPlaceFree(PlacementKind kind, LocalDate on) {
        return ports.stocks().findFree(settings.stockId(), kind, on).<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure)
                .flatMap(free -> free.isEmpty() ? Either.right(free)
                        : Either.left(new CaseFailure.Refused<>(new SocialHousingError.PlaceAvailable(kind))));
    }

    /**
     * the applicant is told of the decision, through the outbox in the command's transaction;
     * the key names the decision, so it is sent once per decision.
     */
    private Either<CaseFailure<SocialHousingError>, Application> told(Application app, DecisionId decision, LocalDate on) {
        return cases.notify(List.of(new Notification(CaseKind.SOCIAL_HOUSING.key() + "/" + app.id() + "/decision/" + decision.value(),
                app.id(), app.household().applicant(), Notification.Kind.DECISION, on,
                decidedText(app, decision, on)))).map(written -> app);
    }

    /** The notice's text, in Estonian (the default language; the letter carries the whole decision): what was decided, and when. */
    private static String decidedText(Application app, DecisionId decision, LocalDate on) {
        Texts t = Texts.of(Texts.ESTONIAN);
        String act = app.decisions().stream().filter(d -> d.id().equals(decision)).findFirst()
                .map(d -> t.act(d.kind())).orElse(app.state());
        return t.get("notification.decided", app.id(), t.date(on), act);
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> deliverDecision(DeliverDecisionCommand c) {
        return cases.change(DELIVER, c.caseId(), Application.Granted.class,
                app -> app.deliver(c.delivery(), schedule.calendar(), schedule.rulesFor(app)));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> signContract(SignContractCommand c) {
        return cases.change(SIGN, c.caseId(), Application.Delivered.class,
                app -> app.signContract(c.contract(), schedule.calendar(), schedule.rulesFor(app)));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> startUse(StartUseCommand c) {
        return cases.change(START_USE, c.caseId(), Application.Contracted.class,
                app -> app.startUse(c.on(), schedule.calendar(), schedule.rulesFor(app)));
    }

    /** TSM-13 .. TSM-15: the decision lapses once its deadline has passed; the unit is freed from the day it lapsed. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> lapseDecision(LapseDecisionCommand c) {
        return cases.changeWith(LAPSE, c.caseId(), Application.Lapsable.class, app ->
                CaseRunner.<SocialHousingError, Application.Lapsed>refused(app.lapse(c.today(), schedule.calendar(), schedule.rulesFor(app)))
                        .flatMap(lapsed -> updateStock(stock -> stock.releaseAll(lapsed.units(), lapsed.id(), lapsed.lapsedOn().minusDays(1)))
                                .map(stock -> lapsed)));
    }

    // ---- running service ------------------------------------------------------------------------

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> recordAbsence(RecordAbsenceCommand c) {
        return cases.change(RECORD_ABSENCE, c.caseId(), Application.InService.class, app -> app.recordAbsence(c.absence()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> recordFamilyChange(RecordFamilyChangeCommand c) {
        return cases.change(RECORD_FAMILY_CHANGE, c.caseId(), Application.InService.class, app -> app.recordFamilyChange(c.change()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> recordHouseRuleBreach(RecordHouseRuleBreachCommand c) {
        return cases.change(RECORD_BREACH, c.caseId(), Application.InService.class,
                app -> app.recordHouseRuleBreach(c.breach(), settings.houseRules()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> assessCoping(AssessCopingCommand c) {
        return cases.change(ASSESS_COPING, c.caseId(), Application.InService.class, app -> app.assessCoping(c.assessment()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> drawUpActionPlan(DrawUpActionPlanCommand c) {
        return cases.change(DRAW_UP_PLAN, c.caseId(), Application.InService.class, app -> app.drawUpActionPlan(c.draft()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> evaluateGoal(EvaluateGoalCommand c) {
        return cases.change(EVALUATE_GOAL, c.caseId(), Application.InService.class, app -> app.evaluateGoal(c.goalId(), c.evaluation()));
    }

    /** TSM-4, X-2: the fee of a month of a running service, or of an ended one up to its last day; credits what was charged beyond it. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> chargeFee(ChargeFeeCommand c) {
        return cases.changeWith(CHARGE_FEE, c.caseId(), Application.class, app -> switch (app) {
            case Application.InService running -> refused(running.chargeFee(c.month(), settings.levels(), schedule.rulesFor(app)));
            case Application.Ended ended -> refused(ended.chargeFee(c.month(), settings.levels(), schedule.rulesFor(app)));
            default -> Either.left(new CaseFailure.WrongState<>(CHARGE_FEE.name(), app.state()));
        });
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> recordAncillaryCosts(RecordAncillaryCostsCommand c) {
        return cases.change(RECORD_ANCILLARY_COSTS, c.caseId(), Application.InService.class,
                app -> app.recordAncillaryCosts(c.month(), c.actualCost(), c.basis()));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> recordPayment(RecordPaymentCommand c) {
        return cases.change(RECORD_PAYMENT, c.caseId(), Application.InService.class, app -> Either.right(app.recordPayment(c.payment())));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, Application> assessBeforeExpiry(AssessBeforeExpiryCommand c) {
        return cases.change(ASSESS_BEFORE_EXPIRY, c.caseId(), Application.InService.class, app -> app.assessBeforeExpiry(c.assessment()));
    }

    /** TSM-24, TSM-25: the committee extends the term; the unit stays the recipient's until the new end. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> extendService(ExtendServiceCommand c) {
        return cases.changeWith(EXTEND, c.caseId(), Application.InService.class, app -> extend(app, c)
                .flatMap(extended -> told(extended, c.decisionId(), c.madeOn())));
    }

    private Either<CaseFailure<SocialHousingError>, Application> extend(Application.InService app, ExtendServiceCommand c) {
        SocialHousingRules rules = schedule.rulesFor(app);
        Decision proposed = new Decision(c.decisionId(), c.madeBy(), c.madeOn(), new Outcome.Extend(c.newServiceEnd()),
                List.of(rules.basis(Rule.TSM_24), rules.basis(Rule.TSM_25)), lastDecision(app), c.reasons());
        return lawful(proposed).flatMap(decision -> CaseRunner.<SocialHousingError, Application.InService>refused(app.extend(decision, c.request(), rules)))
                .flatMap(extended -> updateStock(stock -> stock.extendAll(app.units(), app.id(), c.newServiceEnd())).map(stock -> extended));
    }

    /** TSM-22, TSM-23: the committee ends the service early; the unit is freed after the last day. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> terminateService(TerminateServiceCommand c) {
        return cases.changeWith(TERMINATE, c.caseId(), Application.InService.class, app -> {
            SocialHousingRules rules = schedule.rulesFor(app);
            Decision proposed = new Decision(c.decisionId(), c.madeBy(), c.madeOn(),
                    new Outcome.Terminate(List.copyOf(c.grounds()), c.lastDay()),
                    c.grounds().stream().map(g -> rules.basis(g.rule())).distinct().toList(), lastDecision(app), c.reasons());
            return lawful(proposed).flatMap(decision -> CaseRunner.<SocialHousingError, Application.Ended>refused(
                            app.terminate(decision, settings.levels(), rules)))
                    .flatMap(ended -> updateStock(stock -> stock.releaseAll(app.units(), app.id(), c.lastDay())).map(stock -> ended))
                    .flatMap(ended -> told(ended, c.decisionId(), c.madeOn()));
        });
    }

    /** TSM-21: the service ends with its term; the unit is freed after the last day. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> expireService(ExpireServiceCommand c) {
        return cases.changeWith(EXPIRE, c.caseId(), Application.InService.class, app ->
                CaseRunner.<SocialHousingError, Application.Ended>refused(app.expire(c.today()))
                        .flatMap(ended -> updateStock(stock -> stock.releaseAll(ended.units(), ended.id(), ended.lastDay())).map(stock -> ended)));
    }

    private static Option<DecisionId> lastDecision(Application app) {
        List<Decision> decisions = app.decisions();
        return decisions.isEmpty() ? Option.none() : Option.some(decisions.get(decisions.size() - 1).id());
    }

    // ---- waiting list -----------------------------------------------------------------------------

    /**
     * TSM-11: a unit freed on the day; the first in line for its kind is offered it and told at the
     * first opportunity (the notice written to the outbox with the offer). None when nobody waits
     * for that kind.
     */
    @Override
    public Either<CaseFailure<SocialHousingError>, Option<CaseId>> offerFreedPlace(OfferFreedPlaceCommand c) {
        return cases.<Option<Application>>together(() -> freeUnit(c.unit(), c.on())
                        .flatMap(unit -> nextInLine(unit.kind()))
                        .flatMap(next -> next.fold(() -> Either.right(Option.<Application>none()),
                                entry -> offer(entry, c).flatMap(app -> cases.notify(List.of(placeFreedNotice(app, c)))
                                        .map(written -> Option.some(app))))))
                .map(offered -> offered.map(Application::id));
    }

    /** TSM-11: the first in line is told of the freed place; the key names the unit and the day. */
    private static Notification placeFreedNotice(Application app, OfferFreedPlaceCommand c) {
        return new Notification(CaseKind.SOCIAL_HOUSING.key() + "/" + app.id() + "/place-freed/" + c.unit().value() + "/" + c.on(),
                app.id(), app.household().applicant(), Notification.Kind.PLACE_FREED, c.on(),
                Texts.of(Texts.ESTONIAN).get("notification.freedPlace", app.id()));
    }

    /** The unit, when it exists and is free on the day. */
    private Either<CaseFailure<SocialHousingError>, HousingUnit> freeUnit(UnitId unitId, LocalDate on) {
        return loadStock().flatMap(stock -> stock.value().unit(unitId)
                .toEither(() -> stockError(new StockError.UnknownUnit(unitId)))
                .flatMap(unit -> stock.value().isFree(unitId, on, on) ? Either.right(unit)
                        : Either.left(stockError(new StockError.AlreadyAllocated(unitId, on, on)))));
    }

    private Either<CaseFailure<SocialHousingError>, Option<WaitingList.Entry>> nextInLine(PlacementKind kind) {
        return loadWaitingList().map(list -> list.value().next(kind));
    }

    /** Reads the case of the first in line (a use of their data) and records the offer on the list. */
    private Either<CaseFailure<SocialHousingError>, Application> offer(WaitingList.Entry entry, OfferFreedPlaceCommand c) {
        return cases.read(OFFER_FREED_PLACE, entry.caseId())
                .flatMap(app -> updateWaitingList(list -> list.offer(entry.caseId(), c.unit(), c.on())).map(list -> app));
    }

    @Override
    public Either<CaseFailure<SocialHousingError>, List<WaitingList.Position>> queryWaitingList(QueryWaitingListCommand c) {
        return loadWaitingList().map(list -> list.value().positions(c.kind()));
    }

    // ---- obligations ------------------------------------------------------------------------------

    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return cases.recomputeObligations();
    }

    // ---- the stock and the list, in the command's transaction -----------------------------------

    private Either<CaseFailure<SocialHousingError>, SocialHousingRules> rulesOn(LocalDate date) {
        return schedule.rulesOn(date).toEither(() -> new CaseFailure.Refused<>(new SocialHousingError.NoRuleSet(date)));
    }

    private static CaseFailure<SocialHousingError> stockError(StockError error) {
        return new CaseFailure.Refused<>(new SocialHousingError.Stock(error));
    }

    private Either<CaseFailure<SocialHousingError>, Versioned<HousingStock>> loadStock() {
        return ports.stocks().load(settings.stockId()).<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure)
                .map(found -> found.getOrElse(() -> new Versioned<>(HousingStock.empty(settings.stockId()), 1)));
    }

    /** Applies {@code change} to the stored stock and saves it under the version it was read with. */
    private Either<CaseFailure<SocialHousingError>, HousingStock> updateStock(Function<HousingStock, Either<StockError, HousingStock>> change) {
        return ports.stocks().load(settings.stockId()).<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure)
                .flatMap(found -> change.apply(found.map(Versioned::value).getOrElse(() -> HousingStock.empty(settings.stockId())))
                        .mapLeft(SocialHousingService::stockError)
                        .flatMap(next -> ports.stocks().save(settings.stockId(), next, found.map(Versioned::version).getOrElse(0L))
                                .<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure).map(version -> next)));
    }

    private Either<CaseFailure<SocialHousingError>, Versioned<WaitingList>> loadWaitingList() {
        return ports.waitingLists().load(settings.waitingListId()).<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure)
                .map(found -> found.getOrElse(() -> new Versioned<>(WaitingList.empty(settings.waitingListId()), 1)));
    }

    /** Applies {@code change} to the stored list and saves it under the version it was read with. */
    private Either<CaseFailure<SocialHousingError>, WaitingList> updateWaitingList(
            Function<WaitingList, Either<SocialHousingError, WaitingList>> change) {
        return ports.waitingLists().load(settings.waitingListId()).<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure)
                .flatMap(found -> CaseRunner.<SocialHousingError, WaitingList>refused(
                                change.apply(found.map(Versioned::value).getOrElse(() -> WaitingList.empty(settings.waitingListId()))))
                        .flatMap(next -> ports.waitingLists().save(settings.waitingListId(), next, found.map(Versioned::version).getOrElse(0L))
                                .<CaseFailure<SocialHousingError>>mapLeft(CaseRunner::repositoryFailure).map(version -> next)));
    }

    /** Takes the case off the list when it is on it (a case that never waited leaves the list untouched). */
    private Either<CaseFailure<SocialHousingError>, WaitingList> leaveWaitingList(CaseId caseId, LocalDate on, String reason) {
        return loadWaitingList().flatMap(stored -> stored.value().contains(caseId)
                ? updateWaitingList(list -> Either.right(list.remove(caseId, on, reason)))
                : Either.right(stored.value()));
    }

    /** TSM-18: the case, its reading recorded as a use of everyone's data in it. */
    @Override
    public Either<CaseFailure<SocialHousingError>, Application> readCase(ReadCaseCommand c) {
        return cases.read(READ_CASE, c.caseId());
    }
}
