package ee.hoolekanne.benchmarks;

import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.HousingUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily-queries benchmark measures what it says: its queries answer as the domain would. */
class DailyQueriesBenchmarkTest {

    @Test
    @DisplayName("TSM-4, TSM-8, TSM-11, CAL-8: the benchmark's watch and its baseline agree on what is due by its morning, and both free-bed answers agree")
    void queriesAnswerAsTheDomain() throws Exception {
        DailyQueriesBenchmark.Daily daily = new DailyQueriesBenchmark.Daily();
        daily.database = "H2";
        daily.cases = 60;
        daily.setUp();
        try {
            DailyQueriesBenchmark bench = new DailyQueriesBenchmark();
            long expected = daily.store.nextDue.stream().filter(d -> !d.isAfter(daily.morning)).count();
            assertTrue(expected > 0);
            List<Obligation> watched = bench.deadlineWatch_adapter(daily).get();
            assertEquals(expected, watched.stream().map(Obligation::caseId).distinct().count(), "the cases due by the morning");
            assertEquals(bench.deadlineWatch_loadEachCase(daily).get(), watched,
                    "CAL-8: the read model answers what loading each case and computing its obligations answers, deadlines intact");
            // 6 waiting, every third for a separate dwelling: 4 wait for a bed place, ranked 1..4 (TSM-11)
            assertEquals(List.of(1, 2, 3, 4), bench.waitingList_adapter(daily).get().stream().map(p -> p.rank()).toList());
            PersistenceBenchmark.Pick a = new PersistenceBenchmark.Pick();
            PersistenceBenchmark.Pick b = new PersistenceBenchmark.Pick();
            boolean someTaken = false;
            for (int i = 0; i < 50; i++) {
                List<HousingUnit> indexed = bench.freeBedPlaces_adapter(daily, a).get();
                List<HousingUnit> whole = bench.freeBedPlaces_wholeStock(daily, b).get();
                assertEquals(whole, indexed);
                someTaken |= indexed.size() < DailyQueriesBenchmark.UNITS * 4 / 5;
                assertFalse(indexed.stream().anyMatch(u -> u.kind() != PlacementKind.BED_PLACE));
            }
            assertTrue(someTaken, "the random days fall where some bed places are taken");
        } finally {
            daily.tearDown();
        }
    }
}
