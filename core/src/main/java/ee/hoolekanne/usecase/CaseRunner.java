package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseFile;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.ActDefect;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every command of every service runs, one shape for all five: ask who is acting, then in one
 * transaction load the case, check that its state can take the command, apply the state's
 * transition, save the result under the version it was loaded with, record the use of the data of
 * everyone in the case (Andmejälgija shape), and replace the case's open obligations in the read
 * model. A refused command, a state that cannot take it, a failed port or a lost race writes
 * nothing. A command that lost a race on an optimistic version (the case, or another aggregate
 * its step saves) is run again from the load, a few times, before it reports
 * {@link CaseFailure.VersionConflict}.
 *
 * <p>A service makes one runner per kind of case it keeps and calls {@link #open} for a command
 * that opens a case, {@link #change} for a pure transition, {@link #changeWith} for a step that
 * also uses other ports in the same transaction (the housing stock, the waiting list, the
 * population register), and {@link #read} to show a case. Thread-safe when its ports are.
 *
 * @param <T> the case type
 * @param <S> the schedule of the case's service
 * @param <E> the service's domain error
 */
public final class CaseRunner<T extends CaseFile<S>, S, E> implements ObligationSource {

    /** How often a command that lost a race is run at most. */
    static final int ATTEMPTS = 10;

    private final CaseKind kind;
    private final CaseRepository<T> cases;
    private final S schedule;
    private final CasePorts ports;

    /** A runner for the cases of {@code kind} in {@code cases}, under {@code schedule}, on {@code ports}. */
    public CaseRunner(CaseKind kind, CaseRepository<T> cases, S schedule, CasePorts ports) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    /** The kind of case this runner keeps. */
    public CaseKind kind() {
        return kind;
    }

    /** The schedule the cases' obligations are computed with. */
    public S schedule() {
        return schedule;
    }

    /** The ports the commands run on. */
    public CasePorts ports() {
        return ports;
    }

    /**
     * Opens a case: {@code opening} makes it (it may ask other ports, in the transaction), and it
     * is saved as new under {@code id}.
     *
     * @return the new case; {@link CaseFailure.AlreadyExists} when a case is stored under the id,
     *         or what {@code opening} returned
     */
    public Either<CaseFailure<E>, T> open(Action action, CaseId id, Supplier<? extends Either<CaseFailure<E>, ? extends T>> opening) {
        return withContext(context -> ports.transactions().inTransaction(() ->
                Either.<CaseFailure<E>, T>narrow(opening.get()).flatMap(created -> cases.save(id, created, 0)
                        .mapLeft(e -> e instanceof RepositoryError.VersionConflict
                                ? new CaseFailure.AlreadyExists<E>(kind, id) : unavailable(e))
                        .flatMap(version -> recorded(context, action, List.of(), created))), this::transactionFailed));
    }

    /**
     * Applies the pure transition {@code transition} to the case {@code id} when it is in
     * {@code state}.
     *
     * @return the changed case; {@link CaseFailure.NotFound}, {@link CaseFailure.WrongState} when
     *         the case is not in {@code state}, {@link CaseFailure.Refused} with the domain's error,
     *         {@link CaseFailure.VersionConflict} or {@link CaseFailure.Unavailable}
     */
    public <A extends T> Either<CaseFailure<E>, T> change(Action action, CaseId id, Class<A> state,
                                                          Function<? super A, ? extends Either<E, ? extends T>> transition) {
        return changeWith(action, id, state, current -> refused(transition.apply(current)));
    }

    /**
     * As {@link #change}, for a step that also uses other ports: everything it saves commits or
     * rolls back with the case.
     */
    public <A extends T> Either<CaseFailure<E>, T> changeWith(Action action, CaseId id, Class<A> state,
                                                              Function<? super A, ? extends Either<CaseFailure<E>, ? extends T>> step) {
        return withContext(context -> retryingConflicts(() -> ports.transactions().inTransaction(() -> load(id)
                .flatMap(stored -> inState(action, stored.value(), state)
                        .flatMap(current -> Either.<CaseFailure<E>, T>narrow(step.apply(current)))
                        .flatMap(next -> cases.save(id, next, stored.version()).mapLeft(this::failure)
                                .flatMap(version -> recorded(context, action, stored.value().persons(), next)))),
                this::transactionFailed)));
    }

    /**
     * The case {@code id}, its reading recorded as a use of the data of everyone in it.
     *
     * @return the case; {@link CaseFailure.NotFound} or {@link CaseFailure.Unavailable}
     */
    public Either<CaseFailure<E>, T> read(Action action, CaseId id) {
        return withContext(context -> ports.transactions().inTransaction(() -> load(id)
                .flatMap(stored -> audit(context, action, stored.value().persons(), stored.value())
                        .map(recorded -> stored.value())), this::transactionFailed));
    }

    /**
     * Runs {@code work}, which may use several ports and this runner's commands, in one
     * transaction, and runs it again from the start when it lost a race on an optimistic version:
     * for a command that is not about one case (e.g. offering a freed place to the next in line).
     */
    public <X> Either<CaseFailure<E>, X> together(Supplier<? extends Either<CaseFailure<E>, ? extends X>> work) {
        return retryingConflicts(() -> ports.transactions().inTransaction(() -> Either.<CaseFailure<E>, X>narrow(work.get()),
                this::transactionFailed));
    }

    /**
     * Writes {@code notifications} to the outbox, in the running transaction: they are delivered
     * (by the {@link NotificationRelay}, at least once) exactly when the change that caused them
     * commits. Call it inside a step of {@link #changeWith} or {@link #together}.
     *
     * @return how many were new (a key already in the outbox is not written again)
     */
    public Either<CaseFailure<E>, Integer> notify(List<Notification> notifications) {
        Instant now = ports.time().now();
        return ports.outbox().add(notifications.stream().map(n -> OutboxMessage.of(n, now)).toList()).mapLeft(this::unavailable);
    }

    /**
     * Recomputes the obligations of every open case of this kind from the cases, under the
     * schedule, and replaces the kind's obligations with them, in one transaction.
     *
     * @return how many obligations are open now
     */
    @Override
    public Either<RepositoryError, Integer> recomputeObligations() {
        return ServiceSchedules.recompute(kind, cases, schedule, ports.obligations(), ports.transactions());
    }

    /** The domain's refusal as a {@link CaseFailure.Refused}, a success as it is. */
    public static <E, X> Either<CaseFailure<E>, X> refused(Either<? extends E, ? extends X> result) {
        return result.fold(e -> Either.left(new CaseFailure.Refused<>(e)), Either::right);
    }

    /**
     * HMS-2, HMS-4, HMS-5: {@code decision} as an act the service's procedure in force on its date
     * allows (a competent role, its facts stated, a hearing before a refusal or an end), or the
     * service's refusal made by {@code defective} or, with no procedure in force, by {@code none}.
     */
    public static <E> Either<E, Decision> lawful(Decision decision, Option<ProcedureRules> procedure,
                                                Function<ActDefect, ? extends E> defective, Function<LocalDate, ? extends E> none) {
        if (procedure.isEmpty()) {
            return Either.left(none.apply(decision.madeOn()));
        }
        return procedure.get().defectOf(decision)
                .<Either<E, Decision>>map(defect -> Either.left(defective.apply(defect)))
                .getOrElse(() -> Either.right(decision));
    }

    /** A failed port as {@link CaseFailure.Unavailable}. */
    public static <E> CaseFailure<E> unavailable(PortFailure failure) {
        return new CaseFailure.Unavailable<>(failure.port(), failure.reason());
    }

    /** A repository's failure: a lost race as {@link CaseFailure.VersionConflict}, the rest as {@link CaseFailure.Unavailable}. */
    public static <E> CaseFailure<E> repositoryFailure(RepositoryError error) {
        return switch (error) {
            case RepositoryError.VersionConflict conflict -> new CaseFailure.VersionConflict<>(conflict.key());
            case RepositoryError.Unavailable down -> new CaseFailure.Unavailable<>("storage", down.reason());
        };
    }

    private CaseFailure<E> failure(RepositoryError error) {
        return error instanceof RepositoryError.VersionConflict
                ? new CaseFailure.VersionConflict<>(kind.key() + " case") : repositoryFailure(error);
    }

    private CaseFailure<E> unavailable(RepositoryError error) {
        return repositoryFailure(error);
    }

    private CaseFailure<E> transactionFailed(RepositoryError error) {
        return repositoryFailure(error);
    }

    private Either<CaseFailure<E>, T> withContext(Function<AuditContext, Either<CaseFailure<E>, T>> body) {
        return ports.actingUser().current().<CaseFailure<E>>mapLeft(CaseRunner::unavailable).flatMap(body);
    }

    private Either<CaseFailure<E>, Versioned<T>> load(CaseId id) {
        return cases.load(id).mapLeft(this::unavailable)
                .flatMap(found -> found.toEither(() -> new CaseFailure.NotFound<>(kind, id)));
    }

    private <A extends T> Either<CaseFailure<E>, A> inState(Action action, T current, Class<A> state) {
        return state.isInstance(current) ? Either.right(state.cast(current))
                : Either.left(new CaseFailure.WrongState<>(action.name(), current.state()));
    }

    /** Records the use of everyone's data (before and after the change) and replaces the case's obligations. */
    private Either<CaseFailure<E>, T> recorded(AuditContext context, Action action, List<PersonalCode> before, T after) {
        List<Obligation> open = after.openObligations(schedule);
        return audit(context, action, before, after)
                .flatMap(recorded -> ports.obligations().replace(kind, after.id(), open).mapLeft(this::unavailable))
                .map(stored -> after);
    }

    private Either<CaseFailure<E>, Integer> audit(AuditContext context, Action action, List<PersonalCode> before, T aCase) {
        Set<PersonalCode> everyone = new LinkedHashSet<>(before);
        everyone.addAll(aCase.persons());
        Instant now = ports.time().now();
        String what = action.name() + ": " + kind.key() + " case " + aCase.id();
        String basis = aCase.basis(action.rule(), schedule).toString();
        List<AuditRecord> records = everyone.stream()
                .map(person -> new AuditRecord(person, now, what, context.receiver(), basis, context.user())).toList();
        return ports.audit().recordAll(records).mapLeft(CaseRunner::unavailable);
    }

    private <X> Either<CaseFailure<E>, X> retryingConflicts(Supplier<Either<CaseFailure<E>, X>> attempt) {
        Either<CaseFailure<E>, X> result = attempt.get();
        for (int i = 1; i < ATTEMPTS && result.fold(f -> f instanceof CaseFailure.VersionConflict, ok -> false); i++) {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 1_000_000L * Math.min(i, 5)));
            result = attempt.get();
        }
        return result;
    }
}
