package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The open obligations of every case in memory; writes inside an {@link InMemoryTransactions} transaction are undone on rollback. */
public final class InMemoryOpenObligations implements OpenObligations {

    private record Key(CaseKind kind, CaseId id) {
    }

    private final Map<Key, List<Obligation>> byCase = new ConcurrentHashMap<>();

    @Override
    public synchronized Either<RepositoryError, Integer> replace(CaseKind kind, CaseId id, List<Obligation> obligations) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (obligations.stream().anyMatch(o -> o.kind() != kind || !o.caseId().equals(id))) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another case was given for " + kind.key() + " " + id));
        }
        Key key = new Key(kind, id);
        List<Obligation> previous = obligations.isEmpty() ? byCase.remove(key) : byCase.put(key, List.copyOf(obligations));
        InMemoryTransactions.undoOnRollback(() -> restore(key, previous));
        return Either.right(obligations.size());
    }

    @Override
    public synchronized Either<RepositoryError, Integer> replaceAll(CaseKind kind, List<Obligation> obligations) {
        if (obligations.stream().anyMatch(o -> o.kind() != kind)) {
            return Either.left(new RepositoryError.Unavailable("an obligation of another kind was given for " + kind.key()));
        }
        Map<Key, List<Obligation>> before = new HashMap<>();
        byCase.entrySet().removeIf(e -> {
            if (e.getKey().kind() == kind) {
                before.put(e.getKey(), e.getValue());
                return true;
            }
            return false;
        });
        Map<Key, List<Obligation>> grouped = new HashMap<>();
        obligations.forEach(o -> grouped.computeIfAbsent(new Key(kind, o.caseId()), k -> new java.util.ArrayList<>()).add(o));
        grouped.forEach((key, list) -> byCase.put(key, List.copyOf(list)));
        InMemoryTransactions.undoOnRollback(() -> {
            byCase.keySet().removeIf(k -> k.kind() == kind);
            byCase.putAll(before);
        });
        return Either.right(obligations.size());
    }

    @Override
    public Either<RepositoryError, List<Obligation>> dueBy(LocalDate horizon) {
        return Either.right(DeadlineWatch.dueBy(byCase.values().stream().flatMap(List::stream).toList(), horizon));
    }

    /** Every stored obligation, in {@link DeadlineWatch#ORDER}. */
    public List<Obligation> all() {
        return byCase.values().stream().flatMap(List::stream).sorted(DeadlineWatch.ORDER).toList();
    }

    private synchronized void restore(Key key, List<Obligation> previous) {
        if (previous == null) {
            byCase.remove(key);
        } else {
            byCase.put(key, previous);
        }
    }
}
