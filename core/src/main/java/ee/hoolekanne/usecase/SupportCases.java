package ee.hoolekanne.usecase;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;

import java.util.function.Function;

/**
 * How the support services' use cases open and change a case: a new case is saved at version 0
 * (an existing id is {@link SupportServiceError.CaseExists}); a change loads the case, asks its
 * state for the transition and saves the result under the loaded version. A refused transition,
 * a state that cannot take the command, or a concurrent change writes nothing.
 *
 * @param <T> the case type
 */
final class SupportCases<T> {

    private final VersionedRepository<CaseId, T> cases;
    private final Function<T, String> stateOf;
    private final String noun;

    SupportCases(VersionedRepository<CaseId, T> cases, Function<T, String> stateOf, String noun) {
        this.cases = cases;
        this.stateOf = stateOf;
        this.noun = noun;
    }

    /** Saves the case {@code opened} made, as new. */
    <S extends T> Either<SupportServiceError, T> open(CaseId id, Either<SupportServiceError, S> opened) {
        return opened.flatMap(created -> cases.save(id, created, 0)
                .<SupportServiceError>mapLeft(e -> e instanceof RepositoryError.VersionConflict
                        ? new SupportServiceError.CaseExists(id) : error(e))
                .map(version -> (T) created));
    }

    /**
     * Applies {@code step} to the stored case and saves the result; {@code step} returns null when
     * the case's state cannot take {@code command}.
     */
    Either<SupportServiceError, T> change(CaseId id, String command, Function<T, Either<SupportServiceError, ? extends T>> step) {
        return cases.load(id).mapLeft(this::error)
                .flatMap(found -> found.toEither(() -> (SupportServiceError) new SupportServiceError.CaseNotFound(id)))
                .flatMap((Versioned<T> stored) -> {
                    Either<SupportServiceError, ? extends T> next = step.apply(stored.value());
                    if (next == null) {
                        return Either.left(new SupportServiceError.WrongState(command, stateOf.apply(stored.value())));
                    }
                    return next.flatMap(changed -> cases.save(id, changed, stored.version()).mapLeft(this::error)
                            .map(version -> (T) changed));
                });
    }

    private SupportServiceError error(RepositoryError e) {
        return e instanceof RepositoryError.VersionConflict conflict
                ? new SupportServiceError.Conflict(noun + " " + conflict.key())
                : new SupportServiceError.PortFailure(e.message());
    }
}
