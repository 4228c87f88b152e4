package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link VersionedRepository} promises: whole aggregates in every state load equal to
 * what was saved; an unknown key loads none; versions count saves; a stale save conflicts and
 * writes nothing; of concurrent saves from one version exactly one wins; and a seeded random
 * sequence of saves, stale saves, overwrites and loads agrees with a simple map model after
 * every step.
 *
 * @param <K> the key type
 * @param <T> the aggregate type
 */
public abstract class VersionedRepositoryContract<K, T> {

    /** The repository under test, new for each test. */
    protected VersionedRepository<K, T> repository;

    /** A fresh, empty repository. */
    protected abstract VersionedRepository<K, T> newRepository();

    /**
     * Aggregates as they evolve: each inner list holds successive versions of one aggregate (one
     * key), together covering every state the aggregate can be in. At least two histories.
     */
    protected abstract List<List<T>> histories();

    /** The key an aggregate is stored under. */
    protected abstract K keyOf(T aggregate);

    /** A key no history uses. */
    protected abstract K unknownKey();

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    private static <L, R> R right(Either<L, R> either) {
        return either.getOrElseThrow(left -> new AssertionError("expected Right, got " + left));
    }

    @Test
    @DisplayName("every state of every aggregate loads equal to what was saved, with its version")
    void savesAndLoadsEveryState() {
        for (List<T> history : histories()) {
            long version = 0;
            for (T state : history) {
                version = right(repository.save(keyOf(state), state, version));
                Option<Versioned<T>> loaded = right(repository.load(keyOf(state)));
                assertEquals(Option.some(new Versioned<>(state, version)), loaded);
            }
            assertEquals(history.size(), version, "one version per save");
        }
    }

    @Test
    @DisplayName("an unknown key loads none")
    void unknownKeyLoadsNone() {
        assertEquals(Option.none(), right(repository.load(unknownKey())));
    }

    @Test
    @DisplayName("a stale save returns a version conflict and writes nothing")
    void staleSave() {
        List<T> history = histories().get(0);
        T first = history.get(0);
        T second = history.get(1);
        K key = keyOf(first);
        right(repository.save(key, first, 0));
        right(repository.save(key, second, 1));
        Either<RepositoryError, Long> stale = repository.save(key, first, 1);
        assertInstanceOf(RepositoryError.VersionConflict.class, stale.getLeft());
        RepositoryError.VersionConflict conflict = (RepositoryError.VersionConflict) stale.getLeft();
        assertEquals(1, conflict.expected());
        assertEquals(2, conflict.actual());
        assertEquals(Option.some(new Versioned<>(second, 2)), right(repository.load(key)));
        Either<RepositoryError, Long> asNew = repository.save(key, first, 0);
        assertInstanceOf(RepositoryError.VersionConflict.class, asNew.getLeft(), "saving as new over an existing one");
        assertEquals(Option.some(new Versioned<>(second, 2)), right(repository.load(key)));
    }

    @Test
    @DisplayName("of 8 concurrent saves from the same version exactly one wins")
    void concurrentSaves() throws Exception {
        List<T> history = histories().get(0);
        K key = keyOf(history.get(0));
        right(repository.save(key, history.get(0), 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Either<RepositoryError, Long>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                T candidate = history.get(i % history.size());
                results.add(pool.submit(() -> {
                    start.await();
                    return repository.save(key, candidate, 1);
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Either<RepositoryError, Long>> result : results) {
                Either<RepositoryError, Long> outcome = result.get(30, TimeUnit.SECONDS);
                if (outcome.isRight()) {
                    wins++;
                } else {
                    assertInstanceOf(RepositoryError.VersionConflict.class, outcome.getLeft());
                }
            }
            assertEquals(1, wins);
            assertEquals(2, right(repository.load(key)).map(Versioned::version).getOrElse(0L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a random sequence of saves, stale saves and loads agrees with a map model after every step")
    void modelBased() {
        List<List<T>> histories = histories();
        Property.forAll("repository agrees with the model", 50, random -> {
            List<int[]> ops = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ops.add(new int[] {random.nextInt(3), random.nextInt(histories.size()), random.nextInt(1000), random.nextInt(3)});
            }
            return ops;
        }, ops -> {
            VersionedRepository<K, T> repo = newRepository();
            Map<K, Versioned<T>> model = new HashMap<>();
            for (int[] op : ops) {
                List<T> history = histories.get(op[1]);
                T aggregate = history.get(op[2] % history.size());
                K key = keyOf(aggregate);
                long current = model.containsKey(key) ? model.get(key).version() : 0;
                switch (op[0]) {
                    case 0 -> {
                        long expected = op[3] == 0 ? current + 1 + op[2] % 3 : current;
                        Either<RepositoryError, Long> saved = repo.save(key, aggregate, expected);
                        if (expected == current) {
                            assertEquals(Either.right(current + 1), saved);
                            model.put(key, new Versioned<>(aggregate, current + 1));
                        } else {
                            assertTrue(saved.isLeft() && saved.getLeft() instanceof RepositoryError.VersionConflict);
                        }
                    }
                    case 1 -> {
                        if (current > 0) {
                            Either<RepositoryError, Long> stale = repo.save(key, aggregate, current - 1);
                            assertTrue(stale.isLeft() && stale.getLeft() instanceof RepositoryError.VersionConflict);
                        }
                    }
                    default -> assertEquals(Option.of(model.get(key)), right(repo.load(key)));
                }
                for (Map.Entry<K, Versioned<T>> entry : model.entrySet()) {
                    assertEquals(Option.some(entry.getValue()), right(repo.load(entry.getKey())));
                }
            }
        });
    }
}
