package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command: the walk-through runs end to end and its JSON document reads back. */
class WalkThroughTest {

    @Test
    @DisplayName("TSM-8: the walk-through runs every story, and the morning list it prints as JSON decodes")
    void walkThrough() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Examples.walkThrough(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("REFUSED"), out);
        String document = out.lines().filter(l -> l.contains("\"type\":\"deadline-watch\"")).findFirst().orElseThrow().strip();
        assertTrue(HoolekanneJson.standard().decode(DocumentType.DEADLINE_WATCH, document).isRight(), document);
    }
}
