package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.deadline.DeadlineWatch;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.StockError;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.Eligibility;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.in.*;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every use case of the social housing service (TSM-1 .. TSM-25) over the driven ports.
 *
 * <p>Each command loads the case, applies the pure domain transition and saves the result with
 * the version it loaded: a refused command, or one that lost a race ({@link SocialHousingError.Conflict}),
 * writes nothing. Before writing, the use of the person's data is recorded in the audit sink.
 * Housing-stock and waiting-list changes are re-applied to the latest stored version when another
 * writer got there first (a few tries), so every attempt re-checks that the unit is free: a unit
 * is never allocated twice. A grant that allocated a unit but then could not save the case gives
 * the unit back. Notifications of decisions are sent after the decision is saved and are best
 * effort: the legal fact is the delivery, recorded by {@link #deliverDecision}, whose deadline
 * the deadline watch shows. Thread-safe when its ports are.
 */
public final class SocialHousingService implements SubmitApplicationUseCase, SupplementApplicationUseCase,
        AssessApplicationUseCase, DecideApplicationUseCase, DeliverDecisionUseCase, SignContractUseCase,
        StartUseUseCase, LapseDecisionUseCase, RecordAbsenceUseCase, RecordFamilyChangeUseCase,
        RecordHouseRuleBreachUseCase, DrawUpActionPlanUseCase, EvaluateGoalUseCase, ChargeFeeUseCase,
        RecordAncillaryCostsUseCase, RecordPaymentUseCase, AssessBeforeExpiryUseCase, ExtendServiceUseCase,
        TerminateServiceUseCase, ExpireServiceUseCase, OfferFreedPlaceUseCase, QueryDeadlinesUseCase,
        QueryWaitingListUseCase, ObligationFeed {

    private static final int RETRIES = 5;
    /** A compensating release must not be lost to contention: many more tries, with jittered pauses. */
    private static final int COMPENSATION_RETRIES = 200;

    private final SocialHousingPorts ports;
    private final SocialHousingSettings settings;

    /** A service over {@code ports}, run per {@code settings}. */
    public SocialHousingService(SocialHousingPorts ports, SocialHousingSettings settings) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    // ---- application and assessment ---------------------------------------------------------

    @Override
    public Either<SocialHousingError, Application> submitApplication(SubmitApplicationCommand c) {
        return rulesOn(c.submittedOn())
                .flatMap(rules -> Application.submit(c.caseId(), c.form(), c.submittedOn(), rules)
                        .flatMap(app -> save(app, 0, "submit application", rules.basis("TSM-6"))
                                .mapLeft(e -> e instanceof SocialHousingError.Conflict
                                        ? new SocialHousingError.CaseExists(c.caseId()) : e)));
    }

    @Override
    public Either<SocialHousingError, Application> supplementApplication(SupplementApplicationCommand c) {
        return transition(c.caseId(), "supplement", "TSM-6", (app, rules) -> app instanceof Application.Incomplete s
                ? s.supplement(c.form(), c.on()) : wrongState("supplement", app));
    }

    @Override
    public Either<SocialHousingError, Application> assessApplication(AssessApplicationCommand c) {
        return transition(c.caseId(), "assess", "TSM-7", (app, rules) -> app instanceof Application.Complete s
                ? s.assess(c.assessment()) : wrongState("assess", app));
    }

    // ---- decisions ----------------------------------------------------------------------------

    @Override
    public Either<SocialHousingError, Application> decideApplication(DecideApplicationCommand c) {
        return loadCase(c.caseId()).flatMap(stored -> rulesFor(stored.value()).flatMap(rules -> {
            if (!(stored.value() instanceof Application.Decidable decidable)) {
                return wrongState("decide", stored.value());
            }
            Option<Decision> previous = Option.ofOptional(decidable.decisions().stream().reduce((a, b) -> b));
            return switch (c.outcome()) {
                case Outcome.Refuse refuse -> {
                    Decision decision = decision(c, rules, previous, "TSM-10");
                    yield decidable.refuse(decision)
                            .flatMap(refused -> save(refused, stored.version(), "refuse application", rules.basis("TSM-10")))
                            .flatMap(saved -> updateWaitingList(list -> Either.right(
                                    list.remove(c.caseId(), c.madeOn(), "refused"))).map(list -> saved))
                            .peek(saved -> afterDecision(saved, decision, "refused"));
                }
                case Outcome.WaitList waitList -> eligible(decidable, c.madeOn(), rules).flatMap(proof -> {
                    PlacementKind kind = decidable.household().placementKindOn(c.madeOn(), rules.adultAge());
                    if (!(decidable instanceof Application.Assessed assessed)) {
                        return wrongState("wait-list", decidable);
                    }
                    return freeUnits(kind, c.madeOn()).flatMap(free -> {
                        if (!free.isEmpty()) {
                            return Either.left(new SocialHousingError.PlaceAvailable(kind));
                        }
                        Decision decision = decision(c, rules, previous, "TSM-11");
                        return assessed.waitList(decision, proof)
                                .flatMap(listed -> save(listed, stored.version(), "wait-list application", rules.basis("TSM-11")))
                                .flatMap(saved -> updateWaitingList(list -> list.add(c.caseId(), kind,
                                        assessed.completedOn(), c.madeOn())).map(list -> saved))
                                .peek(saved -> afterDecision(saved, decision, "put on the waiting list"));
                    });
                });
                case Outcome.Grant grant -> eligible(decidable, c.madeOn(), rules).flatMap(proof -> {
                    PlacementKind kind = decidable.household().placementKindOn(c.madeOn(), rules.adultAge());
                    Decision decision = decision(c, rules, previous, "TSM-9");
                    return decidable.grant(decision, proof, kind).flatMap(granted ->
                            updateStock(stock -> stock.allocate(grant.unit(), kind, c.caseId(), c.madeOn(), grant.serviceEnd()))
                                    .flatMap(stock -> save(granted, stored.version(), "grant application", rules.basis("TSM-9"))
                                            .fold(failed -> this.<Application>compensate(failed, s -> s.release(grant.unit(),
                                                    c.caseId(), c.madeOn().minusDays(1))), Either::right)))
                            .flatMap(saved -> updateWaitingList(list -> Either.right(
                                    list.remove(c.caseId(), c.madeOn(), "granted " + grant.unit()))).map(list -> saved))
                            .peek(saved -> afterDecision(saved, decision, "granted"));
                });
                case Outcome.Terminate t -> Either.left(new SocialHousingError.WrongOutcome("grant, refuse or wait-list", "Terminate"));
                case Outcome.Extend e -> Either.left(new SocialHousingError.WrongOutcome("grant, refuse or wait-list", "Extend"));
                case Outcome.Refer e -> Either.left(new SocialHousingError.WrongOutcome("grant, refuse or wait-list", "Refer"));
                case Outcome.MoveStage e -> Either.left(new SocialHousingError.WrongOutcome("grant, refuse or wait-list", "MoveStage"));
                case Outcome.GrantService e -> Either.left(new SocialHousingError.WrongOutcome("grant, refuse or wait-list", "GrantService"));
            };
        }));
    }

    private Decision decision(DecideApplicationCommand c, SocialHousingRules rules, Option<Decision> previous,
                              String ruleId) {
        return new Decision(c.decisionId(), c.madeBy(), c.madeOn(), c.outcome(),
                List.of(rules.basis("TSM-2"), rules.basis("TSM-7"), rules.basis(ruleId)), previous.map(Decision::id));
    }

    private Either<SocialHousingError, Eligibility> eligible(Application.Decidable app, LocalDate on,
                                                             SocialHousingRules rules) {
        return ports.register().residenceMunicipality(app.household().applicant(), on)
                .mapLeft(f -> (SocialHousingError) new SocialHousingError.PortFailure(f.port(), f.reason()))
                .flatMap(residence -> Eligibility.check(residence, app.assessment(), rules).toEither()
                        .mapLeft(failures -> new SocialHousingError.NotEligible(failures.toJavaList())));
    }

    private void afterDecision(Application app, Decision decision, String what) {
        ports.notifier().send(new Notification(app.id(), app.household().applicant(), Notification.Kind.DECISION,
                decision.madeOn(), "Your application " + app.id() + " was " + what + " on " + decision.madeOn() + "."));
    }

    @Override
    public Either<SocialHousingError, Application> deliverDecision(DeliverDecisionCommand c) {
        return transition(c.caseId(), "deliver", "TSM-15", (app, rules) -> app instanceof Application.Granted s
                ? s.deliver(c.delivery(), settings.calendar(), rules) : wrongState("deliver the decision of", app));
    }

    @Override
    public Either<SocialHousingError, Application> signContract(SignContractCommand c) {
        return transition(c.caseId(), "sign contract", "TSM-12", (app, rules) -> app instanceof Application.Delivered s
                ? s.signContract(c.contract(), settings.calendar(), rules) : wrongState("sign a contract for", app));
    }

    @Override
    public Either<SocialHousingError, Application> startUse(StartUseCommand c) {
        return transition(c.caseId(), "start use", "TSM-14", (app, rules) -> app instanceof Application.Contracted s
                ? s.startUse(c.on(), settings.calendar(), rules) : wrongState("start use of", app));
    }

    @Override
    public Either<SocialHousingError, Application> lapseDecision(LapseDecisionCommand c) {
        return transition(c.caseId(), "lapse decision", "TSM-15", (app, rules) -> switch (app) {
            case Application.Granted s -> s.lapse(c.today(), settings.calendar(), rules);
            case Application.Delivered s -> s.lapse(c.today(), settings.calendar(), rules);
            case Application.Contracted s -> s.lapse(c.today(), settings.calendar(), rules);
            default -> wrongState("lapse the decision of", app);
        }).flatMap(app -> app instanceof Application.Lapsed lapsed
                ? updateStock(stock -> stock.release(lapsed.unit(), lapsed.id(), lapsed.lapsedOn().minusDays(1)))
                .map(stock -> app) : Either.right(app));
    }

    // ---- running service ------------------------------------------------------------------------

    @Override
    public Either<SocialHousingError, Application> recordAbsence(RecordAbsenceCommand c) {
        return running(c.caseId(), "record absence", "TSM-20", (s, rules) -> s.recordAbsence(c.absence()));
    }

    @Override
    public Either<SocialHousingError, Application> recordFamilyChange(RecordFamilyChangeCommand c) {
        return running(c.caseId(), "record family change", "TSM-20", (s, rules) -> s.recordFamilyChange(c.change()));
    }

    @Override
    public Either<SocialHousingError, Application> recordHouseRuleBreach(RecordHouseRuleBreachCommand c) {
        return running(c.caseId(), "record house-rule breach", "TSM-19",
                (s, rules) -> Either.right(s.recordHouseRuleBreach(c.breach())));
    }

    @Override
    public Either<SocialHousingError, Application> drawUpActionPlan(DrawUpActionPlanCommand c) {
        return running(c.caseId(), "draw up action plan", "TSM-16", (s, rules) -> s.drawUpActionPlan(c.draft()));
    }

    @Override
    public Either<SocialHousingError, Application> evaluateGoal(EvaluateGoalCommand c) {
        return running(c.caseId(), "evaluate goal", "TSM-17", (s, rules) -> s.evaluateGoal(c.goalId(), c.evaluation()));
    }

    @Override
    public Either<SocialHousingError, Application> chargeFee(ChargeFeeCommand c) {
        return running(c.caseId(), "charge fee", "TSM-4", (s, rules) -> s.chargeFee(c.month(), settings.levels(), rules));
    }

    @Override
    public Either<SocialHousingError, Application> recordAncillaryCosts(RecordAncillaryCostsCommand c) {
        return running(c.caseId(), "record ancillary costs", "TSM-5",
                (s, rules) -> s.recordAncillaryCosts(c.month(), c.actualCost(), c.basis()));
    }

    @Override
    public Either<SocialHousingError, Application> recordPayment(RecordPaymentCommand c) {
        return running(c.caseId(), "record payment", "TSM-20", (s, rules) -> Either.right(s.recordPayment(c.payment())));
    }

    @Override
    public Either<SocialHousingError, Application> assessBeforeExpiry(AssessBeforeExpiryCommand c) {
        return running(c.caseId(), "assess before expiry", "TSM-24", (s, rules) -> s.assessBeforeExpiry(c.assessment()));
    }

    @Override
    public Either<SocialHousingError, Application> extendService(ExtendServiceCommand c) {
        return loadCase(c.caseId()).flatMap(stored -> rulesFor(stored.value()).flatMap(rules -> {
            if (!(stored.value() instanceof Application.InService service)) {
                return wrongState("extend", stored.value());
            }
            Decision decision = new Decision(c.decisionId(), c.madeBy(), c.madeOn(), new Outcome.Extend(c.newServiceEnd()),
                    List.of(rules.basis("TSM-24"), rules.basis("TSM-25")), lastDecision(service));
            LocalDate oldEnd = service.serviceEnd();
            return service.extend(decision, c.request(), rules).flatMap(extended ->
                    updateStock(stock -> stock.extend(service.unit(), service.id(), c.newServiceEnd()))
                            .flatMap(stock -> save(extended, stored.version(), "extend service", rules.basis("TSM-25"))
                                    .fold(failed -> this.<Application>compensate(failed, s -> s.release(service.unit(),
                                            service.id(), oldEnd)), Either::right)))
                    .peek(saved -> afterDecision(saved, decision, "extended until " + c.newServiceEnd()));
        }));
    }

    @Override
    public Either<SocialHousingError, Application> terminateService(TerminateServiceCommand c) {
        return loadCase(c.caseId()).flatMap(stored -> rulesFor(stored.value()).flatMap(rules -> {
            if (!(stored.value() instanceof Application.InService service)) {
                return wrongState("terminate", stored.value());
            }
            List<LegalBasis> basis = c.grounds().stream().map(g -> rules.basis(g.ruleId())).distinct().toList();
            Decision decision = new Decision(c.decisionId(), c.madeBy(), c.madeOn(),
                    new Outcome.Terminate(List.copyOf(c.grounds()), c.lastDay()), basis, lastDecision(service));
            return service.terminate(decision)
                    .flatMap(ended -> save(ended, stored.version(), "terminate service", basis.get(0)))
                    .flatMap(saved -> updateStock(stock -> stock.release(service.unit(), service.id(), c.lastDay())).map(s -> saved))
                    .peek(saved -> afterDecision(saved, decision, "ended on " + c.lastDay()));
        }));
    }

    @Override
    public Either<SocialHousingError, Application> expireService(ExpireServiceCommand c) {
        return running(c.caseId(), "expire service", "TSM-21", (s, rules) -> s.expire(c.today()))
                .flatMap(app -> app instanceof Application.Ended ended
                        ? updateStock(stock -> stock.release(ended.unit(), ended.id(), ended.lastDay())).map(s -> app)
                        : Either.right(app));
    }

    private static Option<ee.hoolekanne.domain.decision.DecisionId> lastDecision(Application app) {
        List<Decision> decisions = app.decisions();
        return decisions.isEmpty() ? Option.none() : Option.some(decisions.get(decisions.size() - 1).id());
    }

    // ---- waiting list and deadline watch ---------------------------------------------------------

    @Override
    public Either<SocialHousingError, Option<CaseId>> offerFreedPlace(OfferFreedPlaceCommand c) {
        return loadStock().flatMap(stock -> {
            Option<HousingUnit> unit = stock.value().unit(c.unit());
            if (unit.isEmpty()) {
                return Either.left(new SocialHousingError.Stock(new StockError.UnknownUnit(c.unit())));
            }
            if (!stock.value().isFree(c.unit(), c.on(), c.on())) {
                return Either.left(new SocialHousingError.Stock(new StockError.AlreadyAllocated(c.unit(), c.on(), c.on())));
            }
            return loadWaitingList().flatMap(list -> {
                Option<WaitingList.Entry> next = list.value().next(unit.get().kind());
                if (next.isEmpty()) {
                    return Either.right(Option.<CaseId>none());
                }
                CaseId caseId = next.get().caseId();
                return loadCase(caseId).flatMap(stored -> ports.notifier().send(new Notification(caseId,
                                stored.value().household().applicant(), Notification.Kind.PLACE_FREED, c.on(),
                                "A place has freed for your application " + caseId + " (TSM-11)."))
                        .mapLeft(f -> (SocialHousingError) new SocialHousingError.PortFailure(f.port(), f.reason())))
                        .flatMap(sent -> updateWaitingList(l -> l.offer(caseId, c.unit(), c.on())))
                        .map(updated -> Option.some(caseId));
            });
        });
    }

    @Override
    public Either<SocialHousingError, List<Obligation>> queryDeadlines(QueryDeadlinesCommand c) {
        LocalDate horizon = c.lookaheadWorkingDays() == 0 ? c.on()
                : settings.calendar().plusWorkingDays(c.on(), c.lookaheadWorkingDays());
        return obligationsDueBy(horizon);
    }

    /** The obligations of active cases due by {@code horizon}, for the cross-service {@link DeadlineWatchService}. */
    @Override
    public Either<ee.hoolekanne.domain.deadline.FeedFailure, List<Obligation>> dueBy(LocalDate horizon) {
        return obligationsDueBy(horizon).mapLeft(e -> new ee.hoolekanne.domain.deadline.FeedFailure("social housing", e.message()));
    }

    /** Asks the repository for the cases with something due (an index in the JDBC adapter), then lists what is due. */
    private Either<SocialHousingError, List<Obligation>> obligationsDueBy(LocalDate horizon) {
        SocialHousingSchedule schedule = settings.schedule();
        return ports.cases().findDueBy(horizon, schedule).mapLeft(SocialHousingService::repositoryError)
                .map(due -> DeadlineWatch.dueBy(due.stream().flatMap(app -> schedule.openObligations(app).stream()).toList(), horizon));
    }

    @Override
    public Either<SocialHousingError, List<WaitingList.Position>> queryWaitingList(QueryWaitingListCommand c) {
        return loadWaitingList().map(list -> list.value().positions(c.kind()));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private Either<SocialHousingError, Application> running(
            CaseId id, String command, String ruleId,
            BiFunction<Application.InService, SocialHousingRules, Either<SocialHousingError, ? extends Application>> step) {
        return transition(id, command, ruleId, (app, rules) -> app instanceof Application.InService s
                ? step.apply(s, rules) : wrongState(command + " for", app));
    }

    private Either<SocialHousingError, Application> transition(
            CaseId id, String command, String ruleId,
            BiFunction<Application, SocialHousingRules, Either<SocialHousingError, ? extends Application>> step) {
        return loadCase(id).flatMap(stored -> rulesFor(stored.value()).flatMap(rules ->
                step.apply(stored.value(), rules).flatMap(next ->
                        save(next, stored.version(), command, rules.basis(ruleId)))));
    }

    private static <T> Either<SocialHousingError, T> wrongState(String command, Application app) {
        return Either.left(new SocialHousingError.WrongState(command, app.state()));
    }

    private Either<SocialHousingError, SocialHousingRules> rulesOn(LocalDate date) {
        return settings.ruleSets().valueOn(date).toEither(() -> new SocialHousingError.NoRuleSet(date));
    }

    private Either<SocialHousingError, SocialHousingRules> rulesFor(Application app) {
        return rulesOn(app.submittedOn());
    }

    private Either<SocialHousingError, Versioned<Application>> loadCase(CaseId id) {
        return ports.cases().load(id).mapLeft(SocialHousingService::repositoryError)
                .flatMap(found -> found.toEither(() -> new SocialHousingError.CaseNotFound(id)));
    }

    private Either<SocialHousingError, Application> save(Application app, long expectedVersion, String action,
                                                         LegalBasis basis) {
        AuditRecord record = new AuditRecord(app.household().applicant(), ports.time().now(), action,
                settings.actor(), basis.toString(), settings.actor());
        return ports.audit().record(record)
                .mapLeft(f -> (SocialHousingError) new SocialHousingError.PortFailure(f.port(), f.reason()))
                .flatMap(recorded -> ports.cases().save(app.id(), app, expectedVersion)
                        .mapLeft(SocialHousingService::repositoryError))
                .map(version -> app);
    }

    private Either<SocialHousingError, Versioned<HousingStock>> loadStock() {
        return ports.stocks().load(settings.stockId()).mapLeft(SocialHousingService::repositoryError)
                .map(found -> found.getOrElse(() -> new Versioned<>(HousingStock.empty(settings.stockId()), 1))
                );
    }

    private Either<SocialHousingError, List<HousingUnit>> freeUnits(PlacementKind kind, LocalDate on) {
        return loadStock().map(stock -> stock.value().freeUnits(kind, on, on));
    }

    /**
     * Undoes a stock change after the case could not be saved: retried until it lands (releases
     * commute, so it does), and the caller learns if it still could not.
     */
    private <T> Either<SocialHousingError, T> compensate(SocialHousingError failure,
                                                         Function<HousingStock, Either<StockError, HousingStock>> undo) {
        Either<SocialHousingError, HousingStock> undone = updateStock(undo, COMPENSATION_RETRIES);
        return Either.left(undone.isRight() ? failure
                : new SocialHousingError.PortFailure("housing stock", "a reserved unit could not be given back: "
                + undone.getLeft().message()));
    }

    /** Applies {@code change} to the latest stored stock, retrying when another writer saved first. */
    private Either<SocialHousingError, HousingStock> updateStock(Function<HousingStock, Either<StockError, HousingStock>> change) {
        return updateStock(change, RETRIES);
    }

    private Either<SocialHousingError, HousingStock> updateStock(Function<HousingStock, Either<StockError, HousingStock>> change,
                                                                 int attempts) {
        return retrying(attempts, () -> ports.stocks().load(settings.stockId()).mapLeft(SocialHousingService::repositoryError)
                .flatMap(found -> {
                    HousingStock current = found.map(Versioned::value).getOrElse(() -> HousingStock.empty(settings.stockId()));
                    long version = found.map(Versioned::version).getOrElse(0L);
                    return change.apply(current).mapLeft(e -> (SocialHousingError) new SocialHousingError.Stock(e))
                            .flatMap(next -> ports.stocks().save(settings.stockId(), next, version)
                                    .mapLeft(SocialHousingService::repositoryError).map(v -> next));
                }));
    }

    private Either<SocialHousingError, Versioned<WaitingList>> loadWaitingList() {
        return ports.waitingLists().load(settings.waitingListId()).mapLeft(SocialHousingService::repositoryError)
                .map(found -> found.getOrElse(() -> new Versioned<>(WaitingList.empty(settings.waitingListId()), 1)));
    }

    /** Applies {@code change} to the latest stored waiting list, retrying when another writer saved first. */
    private Either<SocialHousingError, WaitingList> updateWaitingList(
            Function<WaitingList, Either<SocialHousingError, WaitingList>> change) {
        return retrying(RETRIES, () -> ports.waitingLists().load(settings.waitingListId()).mapLeft(SocialHousingService::repositoryError)
                .flatMap(found -> {
                    WaitingList current = found.map(Versioned::value).getOrElse(() -> WaitingList.empty(settings.waitingListId()));
                    long version = found.map(Versioned::version).getOrElse(0L);
                    return change.apply(current).flatMap(next -> ports.waitingLists()
                            .save(settings.waitingListId(), next, version)
                            .mapLeft(SocialHousingService::repositoryError).map(v -> next));
                }));
    }

    /** Repeats {@code attempt} while it loses a version race, up to {@code attempts} times, pausing briefly between. */
    private static <T> Either<SocialHousingError, T> retrying(int attempts,
                                                              java.util.function.Supplier<Either<SocialHousingError, T>> attempt) {
        Either<SocialHousingError, T> result = attempt.get();
        for (int i = 1; i < attempts && result.isLeft() && result.getLeft() instanceof SocialHousingError.Conflict; i++) {
            if (i > 2) {
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000, 2_000_000));
            }
            result = attempt.get();
        }
        return result;
    }

    private static SocialHousingError repositoryError(RepositoryError error) {
        return switch (error) {
            case RepositoryError.VersionConflict conflict -> new SocialHousingError.Conflict(conflict.key());
            case RepositoryError.Unavailable unavailable -> new SocialHousingError.PortFailure("repository", unavailable.reason());
        };
    }
}
