package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The published JSON Schemas, loaded from the jar and checked with a real validator (networknt). */
final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Schemas() {
    }

    static Schema of(DocumentType<?> type) {
        return of(type.schemaResource());
    }

    static Schema of(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            try (InputStream in = HoolekanneJson.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("no schema in the jar at " + r);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the schema of {@code type} finds wrong with {@code json}: empty when it is valid. */
    static List<String> violations(DocumentType<?> type, String json) {
        return violations(type, type.schemaVersion(), json);
    }

    /** What the schema of {@code version} of {@code type} finds wrong with {@code json}: empty when it is valid. */
    static List<String> violations(DocumentType<?> type, int version, String json) {
        try {
            List<Error> errors = of(type.schemaResource(version)).validate(PLAIN.readTree(json));
            return errors.stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
