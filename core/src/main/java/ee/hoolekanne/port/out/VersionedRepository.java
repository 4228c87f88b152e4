package ee.hoolekanne.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Stores whole aggregates, every state, under optimistic concurrency.
 *
 * <ul>
 *   <li>{@link #load} returns what the last successful save stored, equal to it, with its
 *       version; none for an unknown key.</li>
 *   <li>{@link #save} writes when {@code expectedVersion} is the stored version (0 for a new
 *       aggregate) and returns the new version ({@code expectedVersion + 1}); otherwise it
 *       returns {@link RepositoryError.VersionConflict} and writes nothing. Under concurrent
 *       saves with the same expected version exactly one succeeds.</li>
 *   <li>Failures are {@link RepositoryError.Unavailable}, never thrown.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <T> the aggregate type
 */
public interface VersionedRepository<K, T> {

    /** The stored aggregate with its version, or none. */
    Either<RepositoryError, Option<Versioned<T>>> load(K key);

    /** Saves if the stored version is {@code expectedVersion}; returns the new version. */
    Either<RepositoryError, Long> save(K key, T aggregate, long expectedVersion);
}
