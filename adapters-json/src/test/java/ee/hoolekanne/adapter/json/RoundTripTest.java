package ee.hoolekanne.adapter.json;

import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For generated values of every document type and state: the document decodes back to an equal
 * value, and every document, plain or redacted, is valid under its published JSON Schema.
 */
class RoundTripTest {

    private static final int SAMPLES = 500;
    private final HoolekanneJson json = HoolekanneJson.standard();

    @Test
    @DisplayName("CAL-8, TSM-11: decode(encode(x)) == Right(x) for every document type, and each document is valid under its schema")
    void roundTrip() {
        for (Samples.Kind<?> kind : Samples.ALL) {
            check(kind);
        }
    }

    private <T> void check(Samples.Kind<T> kind) {
        Property.forAll(kind.type() + " round trip", SAMPLES, kind.generator(), value -> {
            String text = json.encode(kind.type(), value);
            assertEquals(Either.right(value), json.decode(kind.type(), text), text);
            assertEquals(List.of(), Schemas.violations(kind.type(), text), text);
            assertEquals(List.of(), Schemas.violations(kind.type(), json.redacting().encode(kind.type(), value)));
        });
    }
}
