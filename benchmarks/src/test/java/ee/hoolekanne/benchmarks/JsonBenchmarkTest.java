package ee.hoolekanne.benchmarks;

import ee.hoolekanne.adapter.json.JsonBenchmarkCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON benchmark compares like with like. */
class JsonBenchmarkTest {

    @Test
    @DisplayName("TSM-16: the benchmark's case has 10 goals, both sides round-trip the same document, and the adapter's answer equals the case")
    void fair() throws Exception {
        JsonBenchmarkCheck.check();
    }
}
