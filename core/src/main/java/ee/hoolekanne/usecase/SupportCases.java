package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;

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

    /** The service's errors for what can go wrong around a transition. */
    interface Errors<E> {
        E notFound(CaseId id);

        E exists(CaseId id);

        E conflict(String what);

        E unavailable(String reason);

        E wrongState(String command, String state);
    }

    /** The support services' errors. */
    static final Errors<SupportServiceError> SUPPORT = new Errors<>() {
        @Override
        public SupportServiceError notFound(CaseId id) {
            return new SupportServiceError.CaseNotFound(id);
        }

        @Override
        public SupportServiceError exists(CaseId id) {
            return new SupportServiceError.CaseExists(id);
        }

        @Override
        public SupportServiceError conflict(String what) {
            return new SupportServiceError.Conflict(what);
        }

        @Override
        public SupportServiceError unavailable(String reason) {
            return new SupportServiceError.PortFailure(reason);
        }

        @Override
        public SupportServiceError wrongState(String command, String state) {
            return new SupportServiceError.WrongState(command, state);
        }
    };

    /** Resocialization's errors. */
    static final Errors<ResocializationError> RESOCIALIZATION = new Errors<>() {
        @Override
        public ResocializationError notFound(CaseId id) {
            return new ResocializationError.CaseNotFound(id);
        }

        @Override
        public ResocializationError exists(CaseId id) {
            return new ResocializationError.CaseExists(id);
        }

        @Override
        public ResocializationError conflict(String what) {
            return new ResocializationError.Conflict(what);
        }

        @Override
        public ResocializationError unavailable(String reason) {
            return new ResocializationError.PortFailure(reason);
        }

        @Override
        public ResocializationError wrongState(String command, String state) {
            return new ResocializationError.WrongState(command, state);
        }
    };

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
                .mapLeft(e -> e instanceof RepositoryError.VersionConflict ? errors.exists(asCaseId.apply(id)) : error(e))
                .map(version -> (T) created));
    }

    /**
     * Applies {@code step} to the stored case and saves the result; {@code step} returns null when
     * the case's state cannot take {@code command}.
     */
    Either<E, T> change(K id, String command, Function<T, Either<E, ? extends T>> step) {
        return cases.load(id).mapLeft(this::error)
                .flatMap(found -> found.toEither(() -> errors.notFound(asCaseId.apply(id))))
                .flatMap((Versioned<T> stored) -> {
                    Either<E, ? extends T> next = step.apply(stored.value());
                    if (next == null) {
                        return Either.left(errors.wrongState(command, stateOf.apply(stored.value())));
                    }
                    return next.flatMap(changed -> cases.save(id, changed, stored.version()).mapLeft(this::error)
                            .map(version -> (T) changed));
                });
    }

    private E error(RepositoryError e) {
        return e instanceof RepositoryError.VersionConflict conflict
                ? errors.conflict(noun + " " + conflict.key())
                : errors.unavailable(e.message());
    }
}
