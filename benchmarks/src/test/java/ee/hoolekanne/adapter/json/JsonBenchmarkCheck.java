package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.socialhousing.Application;
import io.vavr.control.Either;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code JsonBenchmarkTest} checks, from inside the adapter's package. */
public final class JsonBenchmarkCheck {

    private JsonBenchmarkCheck() {
    }

    public static void check() throws Exception {
        JsonBenchmark.Case c = new JsonBenchmark.Case();
        c.setUp();
        Application.InService app = assertInstanceOf(Application.InService.class, c.application);
        assertEquals(10, app.actionPlan().get().goals().size());
        JsonBenchmark bench = new JsonBenchmark();
        assertEquals(Either.right(c.application), bench.roundTrip_adapter(c));
        assertEquals(c.document, bench.roundTrip_plainJackson(c));
        assertTrue(c.text.equals(c.plain.writeValueAsString(c.document)), "the baseline writes the same JSON");
    }
}
