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
    @DisplayName("every version of every document type has its JSON Schema in the jar and a golden document")
    void everyTypeHasSchemaAndGolden() throws IOException {
        Set<String> goldenVersions;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            goldenVersions = files.map(f -> {
                try {
                    String d = Files.readString(f);
                    String type = d.substring("{\"type\":\"".length(), d.indexOf('"', "{\"type\":\"".length()));
                    String name = f.getFileName().toString();
                    return type + " " + name.substring(name.lastIndexOf(".v", name.length() - 6) + 2, name.length() - ".json".length());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        for (DocumentType<?> type : DocumentType.ALL) {
            for (int version = 1; version <= type.schemaVersion(); version++) {
                try (InputStream schema = HoolekanneJson.class.getResourceAsStream(type.schemaResource(version))) {
                    assertNotNull(schema, "no schema for " + type + " version " + version);
                }
                assertTrue(goldenVersions.contains(type.name() + " " + version), "no golden document for " + type + " version " + version);
            }
        }
    }
}
