package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the services' use cases (other than social housing's) open and change a case: a new case is
 * saved at version 0 (an existing id is a "case exists" error); a change loads the case, asks its
 * state for the transition and saves the result under the loaded version. A refused transition, a
 * state that cannot take the command, or a concurrent change writes nothing.
 *
 * @param <K> the key type
 * @param <T> the case type
 * @param <E> the service's error type
 */
final class SupportCases<K, T, E> {

    /**
     * The service's errors for what can go wrong around a transition.
     *
     * @param notFound   no case under the id
     * @param exists     a case already under the id
     * @param conflict   another change won
     * @param unavailable the repository failed
     * @param wrongState the case's state cannot take the command
     * @param <E>        the error type
     */
    record Errors<E>(Function<CaseId, E> notFound, Function<CaseId, E> exists, Function<String, E> conflict,
                     Function<String, E> unavailable, BiFunction<String, String, E> wrongState) {
    }

    /** The support services' errors. */
    static final Errors<SupportServiceError> SUPPORT = new Errors<>(SupportServiceError.CaseNotFound::new,
            SupportServiceError.CaseExists::new, SupportServiceError.Conflict::new, SupportServiceError.PortFailure::new,
            SupportServiceError.WrongState::new);

    /** Resocialization's errors. */
    static final Errors<ResocializationError> RESOCIALIZATION = new Errors<>(ResocializationError.CaseNotFound::new,
            ResocializationError.CaseExists::new, ResocializationError.Conflict::new, ResocializationError.PortFailure::new,
            ResocializationError.WrongState::new);

    private final VersionedRepository<K, T> cases;
    private final Function<K, CaseId> asCaseId;
    private final Function<T, String> stateOf;
    private final String noun;
    private final Errors<E> errors;

    SupportCases(VersionedRepository<K, T> cases, Function<K, CaseId> asCaseId, Function<T, String> stateOf, String noun, Errors<E> errors) {
        this.cases = cases;
        this.asCaseId = asCaseId;
        this.stateOf = stateOf;
        this.noun = noun;
        this.errors = errors;
    }

    /** Over a repository keyed by case id. */
    static <T, E> SupportCases<CaseId, T, E> byCaseId(VersionedRepository<CaseId, T> cases, Function<T, String> stateOf, String noun,
                                                       Errors<E> errors) {
        return new SupportCases<>(cases, Function.identity(), stateOf, noun, errors);
    }

    /** Saves the case {@code opened} made, as new. */
    <S extends T> Either<E, T> open(K id, Either<E, S> opened) {
        return opened.flatMap(created -> cases.save(id, created, 0)
                .mapLeft(e -> e instanceof RepositoryError.VersionConflict ? errors.exists().apply(asCaseId.apply(id)) : error(e))
                .map(version -> (T) created));
    }

    /**
     * Applies {@code step} to the stored case and saves the result; {@code step} returns null when
     * the case's state cannot take {@code command}.
     */
    Either<E, T> change(K id, String command, Function<T, Either<E, ? extends T>> step) {
        return cases.load(id).mapLeft(this::error)
                .flatMap(found -> found.toEither(() -> errors.notFound().apply(asCaseId.apply(id))))
                .flatMap((Versioned<T> stored) -> {
                    Either<E, ? extends T> next = step.apply(stored.value());
                    if (next == null) {
                        return Either.left(errors.wrongState().apply(command, stateOf.apply(stored.value())));
                    }
                    return next.flatMap(changed -> cases.save(id, changed, stored.version()).mapLeft(this::error)
                            .map(version -> (T) changed));
                });
    }

    private E error(RepositoryError e) {
        return e instanceof RepositoryError.VersionConflict conflict
                ? errors.conflict().apply(noun + " " + conflict.key())
                : errors.unavailable().apply(e.message());
    }
}
