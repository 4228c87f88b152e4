package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A {@link VersionedRepository} in a concurrent map: the version check and the write happen in
 * one atomic step per key, so of concurrent saves from the same version exactly one succeeds. A
 * save inside an {@link InMemoryTransactions} transaction is undone when it rolls back.
 *
 * @param <K> the key type
 * @param <T> the aggregate type
 */
public class InMemoryVersionedRepository<K, T> implements VersionedRepository<K, T> {

    private final ConcurrentMap<K, Versioned<T>> store = new ConcurrentHashMap<>();

    @Override
    public Either<RepositoryError, Option<Versioned<T>>> load(K key) {
        Objects.requireNonNull(key, "key");
        return Either.right(Option.of(store.get(key)));
    }

    @Override
    public Either<RepositoryError, Long> save(K key, T aggregate, long expectedVersion) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(aggregate, "aggregate");
        RepositoryError[] conflict = new RepositoryError[1];
        List<Versioned<T>> before = new java.util.ArrayList<>(1);
        Versioned<T> saved = store.compute(key, (k, current) -> {
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                conflict[0] = new RepositoryError.VersionConflict(String.valueOf(k), expectedVersion, actual);
                return current;
            }
            before.add(current);
            return new Versioned<>(aggregate, actual + 1);
        });
        if (conflict[0] != null) {
            return Either.left(conflict[0]);
        }
        Versioned<T> previous = before.get(0);
        InMemoryTransactions.undoOnRollback(() -> {
            if (previous == null) {
                store.remove(key);
            } else {
                store.put(key, previous);
            }
        });
        return Either.right(saved.version());
    }

    /**
     * The stored aggregates that hold {@code person}'s data, by {@code persons}, sorted by
     * {@code id}: the in-memory answer to subject access (TSM-18).
     */
    protected final List<T> about(PersonalCode person, Function<T, List<PersonalCode>> persons, Function<T, String> id) {
        Objects.requireNonNull(person, "person");
        return store.values().stream().map(Versioned::value).filter(t -> persons.apply(t).contains(person))
                .sorted(Comparator.comparing(id)).toList();
    }

    /** The stored aggregates that {@code keep} accepts, sorted by {@code id}. */
    protected final List<T> where(java.util.function.Predicate<T> keep, Function<T, String> id) {
        return store.values().stream().map(Versioned::value).filter(keep).sorted(Comparator.comparing(id)).toList();
    }

    /** Every stored aggregate, in no particular order. */
    public List<Versioned<T>> all() {
        return List.copyOf(store.values());
    }
}
