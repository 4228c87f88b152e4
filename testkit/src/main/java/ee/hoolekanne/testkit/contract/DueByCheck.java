package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.VersionedRepository;
import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared check of the repositories' {@code findDueBy}: saves a seeded random prefix of each
 * case history (so cases stand in every state, some overwritten several times), then for every
 * horizon compares the repository's answer with the cases of the model, as last saved, that have
 * an obligation due by the horizon, in id order. It asks twice: with {@code schedule} (which an
 * indexing adapter answers from its index) and with an equal-acting but unequal schedule (which it
 * must answer by reading the open cases), so a stale or missing index row fails the check.
 */
final class DueByCheck {

    private DueByCheck() {
    }

    static <T> void check(VersionedRepository<CaseId, T> repository,
                          BiFunction<LocalDate, ObligationSchedule<T>, Either<RepositoryError, List<T>>> findDueBy,
                          Function<T, CaseId> idOf, List<List<T>> histories, ObligationSchedule<T> schedule,
                          LocalDate from, LocalDate until, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<CaseId, T> model = new LinkedHashMap<>();
        for (List<T> history : histories) {
            int last = random.nextInt(history.size());
            long version = 0;
            for (int i = 0; i <= last; i++) {
                T state = history.get(i);
                version = repository.save(idOf.apply(state), state, version)
                        .getOrElseThrow(e -> new AssertionError("seed " + seed + ": save failed: " + e.message()));
                model.put(idOf.apply(state), state);
            }
        }
        List<T> byId = new ArrayList<>(model.values());
        byId.sort(Comparator.comparing(t -> idOf.apply(t).value()));
        ObligationSchedule<T> unequal = schedule::openObligations;
        int partial = 0;
        for (LocalDate horizon = from; !horizon.isAfter(until); horizon = horizon.plusDays(7)) {
            List<CaseId> expected = schedule.dueBy(byId, horizon).stream().map(idOf).toList();
            LocalDate h = horizon;
            for (ObligationSchedule<T> asked : List.of(schedule, unequal)) {
                List<CaseId> found = findDueBy.apply(h, asked)
                        .getOrElseThrow(e -> new AssertionError("seed " + seed + ": findDueBy failed: " + e.message()))
                        .stream().map(idOf).toList();
                assertEquals(expected, found, "seed " + seed + ", horizon " + h);
            }
            if (!expected.isEmpty() && expected.size() < byId.size()) {
                partial++;
            }
        }
        assertTrue(partial > 0, "seed " + seed + ": no horizon separated due cases from the others; the check proves nothing");
    }
}
