package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Transactions;
import ee.hoolekanne.testkit.gen.ObligationSamples;
import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link OpenObligations} adapter promises (its Javadoc): obligations come back equal
 * to what was stored, deadlines intact (trigger, term, due date, skipped days with their holiday
 * names, legal basis, event), filtered by the horizon with overdue ones included and sorted in
 * {@link DeadlineWatch#ORDER}; a replace affects only its case, an empty one removes, obligations
 * of another case are refused and nothing is written; a replace of a kind leaves the other kinds;
 * writes roll back with the transaction they joined; and a seeded random sequence of operations
 * agrees with a map model after every step. The obligations are real ones computed by the domain
 * for cases of several services.
 */
public abstract class OpenObligationsContract {

    /**
     * An adapter and the transactions it joins.
     *
     * @param obligations  the adapter under test, fresh and empty
     * @param transactions the transactions its writes join
     */
    protected record Store(OpenObligations obligations, Transactions transactions) {
        /** Both are required. */
        public Store {
            Objects.requireNonNull(obligations, "obligations");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /** A fresh, empty adapter with its transactions. */
    protected abstract Store newStore();

    private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    private Store store;
    private List<List<Obligation>> byCase;

    @BeforeEach
    void fresh() {
        store = newStore();
        byCase = ObligationSamples.byCase(new SplittableRandom(12));
    }

    private static <T> T right(Either<RepositoryError, T> either) {
        return either.getOrElseThrow(e -> new AssertionError("expected Right, got " + e.message()));
    }

    private void replaceEvery(List<List<Obligation>> cases) {
        for (List<Obligation> one : cases) {
            assertEquals(one.size(), right(store.obligations().replace(one.get(0).kind(), one.get(0).caseId(), one)));
        }
    }

    @Test
    @DisplayName("CAL-8, CAL-9: every obligation comes back equal, its deadline intact (skipped days, holiday names, legal basis, event, 24:00 or an institution's closing time), in the watch's order")
    void storesAndReadsBackIntact() {
        replaceEvery(byCase);
        List<Obligation> expected = ObligationSamples.flat(byCase).stream().sorted(DeadlineWatch.ORDER).toList();
        List<Obligation> found = right(store.obligations().dueBy(FAR));
        assertEquals(expected, found);
        assertTrue(found.stream().anyMatch(o -> o.deadline().skippedDays().stream().anyMatch(d -> d.holiday().isDefined())),
                "the samples hold a deadline that skipped a named public holiday");
        assertTrue(found.stream().anyMatch(o -> o.reference().isDefined()), "the samples hold a numbered obligation");
        assertTrue(found.stream().anyMatch(o -> o.deadline().endsAtOfficeClose()), "the samples hold a term ending at an institution's closing time");
    }

    @Test
    @DisplayName("dueBy returns what is due on or before the horizon, overdue included, and nothing later")
    void horizons() {
        replaceEvery(byCase);
        List<Obligation> all = ObligationSamples.flat(byCase);
        List<LocalDate> dues = all.stream().map(o -> o.deadline().dueDate()).sorted().toList();
        for (LocalDate horizon : List.of(dues.get(0).minusDays(1), dues.get(0), dues.get(dues.size() / 2), dues.get(dues.size() - 1))) {
            assertEquals(DeadlineWatch.dueBy(all, horizon), right(store.obligations().dueBy(horizon)), "horizon " + horizon);
        }
    }

    @Test
    @DisplayName("a replace changes only its case; an empty one removes the case's obligations")
    void replaceIsPerCase() {
        replaceEvery(byCase);
        List<Obligation> first = byCase.get(0);
        Obligation kept = first.get(0);
        right(store.obligations().replace(kept.kind(), kept.caseId(), List.of(kept)));
        List<Obligation> expected = new ArrayList<>(ObligationSamples.flat(byCase.subList(1, byCase.size())));
        expected.add(kept);
        assertEquals(DeadlineWatch.dueBy(expected, FAR), right(store.obligations().dueBy(FAR)));
        assertEquals(0, right(store.obligations().replace(kept.kind(), kept.caseId(), List.of())));
        expected.remove(kept);
        assertEquals(DeadlineWatch.dueBy(expected, FAR), right(store.obligations().dueBy(FAR)));
    }

    @Test
    @DisplayName("obligations of another case are refused and nothing is written")
    void otherCaseRefused() {
        replaceEvery(byCase);
        List<Obligation> before = right(store.obligations().dueBy(FAR));
        Obligation foreign = byCase.get(1).get(0);
        Either<RepositoryError, Integer> refused = store.obligations().replace(byCase.get(0).get(0).kind(),
                byCase.get(0).get(0).caseId(), List.of(byCase.get(0).get(0), foreign));
        assertInstanceOf(RepositoryError.Unavailable.class, refused.getLeft());
        assertEquals(before, right(store.obligations().dueBy(FAR)));
    }

    @Test
    @DisplayName("replaceAll makes a kind's obligations exactly those given and leaves the other kinds")
    void replaceAllPerKind() {
        replaceEvery(byCase);
        List<Obligation> housing = ObligationSamples.flat(byCase).stream().filter(o -> o.kind() == CaseKind.SOCIAL_HOUSING).toList();
        List<Obligation> others = ObligationSamples.flat(byCase).stream().filter(o -> o.kind() != CaseKind.SOCIAL_HOUSING).toList();
        List<Obligation> half = housing.subList(0, housing.size() / 2);
        assertEquals(half.size(), right(store.obligations().replaceAll(CaseKind.SOCIAL_HOUSING, half)));
        List<Obligation> expected = new ArrayList<>(others);
        expected.addAll(half);
        assertEquals(DeadlineWatch.dueBy(expected, FAR), right(store.obligations().dueBy(FAR)));
        assertInstanceOf(RepositoryError.Unavailable.class,
                store.obligations().replaceAll(CaseKind.SOCIAL_HOUSING, others).getLeft(), "another kind's obligations are refused");
        assertEquals(DeadlineWatch.dueBy(expected, FAR), right(store.obligations().dueBy(FAR)));
    }

    @Test
    @DisplayName("writes made in a transaction that rolls back are gone; in one that commits they stay")
    void joinsTransactions() {
        List<Obligation> one = byCase.get(0);
        Either<String, Integer> rolledBack = store.transactions().inTransaction(() -> store.obligations()
                .replace(one.get(0).kind(), one.get(0).caseId(), one).mapLeft(RepositoryError::message)
                .flatMap(n -> Either.<String, Integer>left("the command was refused")), RepositoryError::message);
        assertTrue(rolledBack.isLeft());
        assertEquals(List.of(), right(store.obligations().dueBy(FAR)));
        Either<String, Integer> committed = store.transactions().inTransaction(() -> store.obligations()
                .replace(one.get(0).kind(), one.get(0).caseId(), one).mapLeft(RepositoryError::message), RepositoryError::message);
        assertEquals(Either.right(one.size()), committed);
        assertEquals(DeadlineWatch.dueBy(one, FAR), right(store.obligations().dueBy(FAR)));
    }

    @Test
    @DisplayName("a random sequence of replaces, replaces of a kind and reads agrees with a map model after every step")
    void modelBased() {
        List<List<Obligation>> cases = byCase;
        Property.forAll("open obligations agree with the model", 20, random -> {
            List<int[]> ops = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ops.add(new int[] {random.nextInt(10), random.nextInt(cases.size()), random.nextInt(1000)});
            }
            return ops;
        }, ops -> {
            OpenObligations adapter = newStore().obligations();
            Map<String, List<Obligation>> model = new LinkedHashMap<>();
            for (int[] op : ops) {
                List<Obligation> one = cases.get(op[1]);
                CaseKind kind = one.get(0).kind();
                CaseId id = one.get(0).caseId();
                if (op[0] < 6) {
                    List<Obligation> subset = one.subList(0, op[2] % (one.size() + 1));
                    right(adapter.replace(kind, id, subset));
                    model.remove(kind + "/" + id);
                    if (!subset.isEmpty()) {
                        model.put(kind + "/" + id, subset);
                    }
                } else if (op[0] < 7) {
                    List<Obligation> ofKind = cases.stream().filter(c -> c.get(0).kind() == kind && (op[2] + c.size()) % 2 == 0)
                            .flatMap(List::stream).toList();
                    right(adapter.replaceAll(kind, ofKind));
                    model.keySet().removeIf(k -> k.startsWith(kind + "/"));
                    ofKind.forEach(o -> model.computeIfAbsent(kind + "/" + o.caseId(), k -> new ArrayList<>()).add(o));
                }
                List<Obligation> expected = model.values().stream().flatMap(List::stream).toList();
                LocalDate horizon = LocalDate.of(2018, 1, 1).plusDays(op[2] * 4L);
                assertEquals(DeadlineWatch.dueBy(expected, horizon), right(adapter.dueBy(horizon)), "horizon " + horizon);
            }
        });
    }
}
