package ee.hoolekanne.benchmarks;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The persistence benchmark's baseline writes the same case the adapter writes, so its ratio is fair. */
class PersistenceBenchmarkTest {

    @Test
    @DisplayName("the raw batched inserts store a whole case that the adapter loads back equal to the template but for its id")
    void rawInsertsWriteTheSameCase() throws Exception {
        PersistenceBenchmark.Store store = new PersistenceBenchmark.Store();
        store.database = "H2";
        store.cases = 8;
        store.setUp();
        try {
            assertEquals(8, store.ids.size(), "the seeded cases");
            store.rawInsert("raw-1");
            Application template = store.template();
            Application raw = store.repository.load(new CaseId("raw-1")).get().get().value();
            assertInstanceOf(Application.InService.class, raw);
            assertEquals(new CaseId("raw-1"), raw.id());
            assertEquals(template.form(), raw.form());
            assertEquals(template.events(), raw.events());
            Application.InService s = (Application.InService) raw;
            Application.InService t = (Application.InService) template;
            assertEquals(t.contract(), s.contract());
            assertEquals(t.decision(), s.decision());
            assertEquals(t.actionPlan(), s.actionPlan());
            assertEquals(t.charges(), s.charges());
        } finally {
            store.tearDown();
        }
    }
}
