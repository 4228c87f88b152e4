package ee.hoolekanne.adapter.json;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document type is generated, fuzzed, has a published schema and at least one golden document. */
class CoverageTest {

    @Test
    @DisplayName("the generators, the fuzz test and the round-trip property cover every document type")
    void everyTypeIsGenerated() {
        assertEquals(DocumentType.ALL, Samples.ALL.stream().map(Samples.Kind::type).toList());
    }

    @Test
    @DisplayName("every document type has its JSON Schema in the jar and at least one golden document")
    void everyTypeHasSchemaAndGolden() throws IOException {
        Set<String> goldenTypes;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            List<String> documents = files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            goldenTypes = documents.stream().map(d -> d.substring("{\"type\":\"".length(), d.indexOf('"', "{\"type\":\"".length())))
                    .collect(Collectors.toSet());
        }
        for (DocumentType<?> type : DocumentType.ALL) {
            try (InputStream schema = HoolekanneJson.class.getResourceAsStream(type.schemaResource())) {
                assertNotNull(schema, "no schema for " + type);
            }
            assertTrue(goldenTypes.contains(type.name()), "no golden document for " + type);
        }
    }
}
