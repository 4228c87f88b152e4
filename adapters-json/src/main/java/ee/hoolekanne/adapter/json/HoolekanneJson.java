package ee.hoolekanne.adapter.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import io.vavr.control.Either;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one entry of the JSON adapter: encodes every {@link DocumentType} to JSON and decodes it
 * back, never throwing on bad input.
 *
 * <pre>{@code
 * HoolekanneJson json = HoolekanneJson.standard();
 * String text = json.encode(DocumentType.WAITING_LIST, list);
 * Either<DecodingError, WaitingList> back = json.decode(DocumentType.WAITING_LIST, text);
 * }</pre>
 *
 * <p>Every document is an object that starts with {@code "type"} and {@code "schemaVersion"}.
 * Dates are ISO strings ({@code "2026-12-18"}), enumerations their constant names. Decoding is
 * strict, for input from other systems and from attackers alike:
 * <ul>
 *   <li>no polymorphic typing: every field has one fixed type;</li>
 *   <li>limits: at most {@value #MAX_DOCUMENT_CHARS} characters, nesting depth
 *       {@value #MAX_DEPTH}, strings of {@value #MAX_STRING} characters, numbers of
 *       {@value #MAX_NUMBER} digits;</li>
 *   <li>unknown fields are refused (the policy: a reader never silently drops data it does not
 *       understand; a newer format is a new schema version), and so are duplicate keys, content
 *       after the document, numbers where text belongs and the reverse, fractions where whole
 *       numbers belong, impossible dates, invalid personal codes;</li>
 *   <li>the domain value is rebuilt only through its own validating constructors and factories
 *       (a deadline is recomputed from its trigger and term), so a document never yields a value
 *       the domain would refuse.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class HoolekanneJson {

    /** The longest document read, in characters (16 MiB). */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 16;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING = 10_000;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER = 12;

    private static final ObjectMapper MAPPER = newMapper();

    private final Codec.Settings settings;

    private HoolekanneJson(Codec.Settings settings) {
        this.settings = settings;
    }

    /** Documents checked against the standard Estonian calendar. */
    public static HoolekanneJson standard() {
        return new HoolekanneJson(new Codec.Settings(EstonianCalendar.standard(), false));
    }

    /** Documents whose deadlines are checked against {@code calendar}. */
    public static HoolekanneJson withCalendar(EstonianCalendar calendar) {
        return new HoolekanneJson(new Codec.Settings(Objects.requireNonNull(calendar, "calendar"), false));
    }

    /**
     * This adapter writing redacted documents, for logs and for exports to third parties: every
     * personal code becomes {@code ***********} (and so will every health field as the documents
     * that hold them are added). A redacted document validates against its schema but does not
     * decode: its personal data is gone.
     */
    public HoolekanneJson redacting() {
        return new HoolekanneJson(new Codec.Settings(settings.calendar(), true));
    }

    /** Whether this adapter writes redacted documents. */
    public boolean isRedacting() {
        return settings.redacted();
    }

    /** The document of {@code value}, compact JSON in UTF-8-safe characters. */
    public <T> String encode(DocumentType<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(encodeDocument(type, value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a " + type + " document could not be written", e);
        }
    }

    /** The document of {@code value} as UTF-8 bytes. */
    public <T> byte[] encodeToBytes(DocumentType<T> type, T value) {
        return encode(type, value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The value in {@code json}, or why it is not a valid document of {@code type}. Never throws
     * on any input.
     */
    public <T> Either<DecodingError, T> decode(DocumentType<T> type, String json) {
        Objects.requireNonNull(type, "type");
        if (json == null) {
            return Either.left(new DecodingError.Malformed("", "no document"));
        }
        if (json.length() > MAX_DOCUMENT_CHARS) {
            return Either.left(tooLarge());
        }
        return read(type, json);
    }

    /** As {@link #decode(DocumentType, String)}, from UTF-8 bytes; invalid UTF-8 is {@link DecodingError.Malformed}. */
    public <T> Either<DecodingError, T> decode(DocumentType<T> type, byte[] utf8) {
        Objects.requireNonNull(type, "type");
        if (utf8 == null) {
            return Either.left(new DecodingError.Malformed("", "no document"));
        }
        if (utf8.length > MAX_DOCUMENT_CHARS) {
            return Either.left(tooLarge());
        }
        return read(type, utf8);
    }

    private static DecodingError tooLarge() {
        return new DecodingError.Malformed("", "longer than " + MAX_DOCUMENT_CHARS + " characters");
    }

    private <T, D> D encodeDocument(DocumentType<T> type, T value) {
        @SuppressWarnings("unchecked")
        Codec<T, D> codec = (Codec<T, D>) type.codec();
        return codec.encode(type.name(), type.schemaVersion(), value, settings);
    }

    private <T, D> Either<DecodingError, T> read(DocumentType<T> type, Object input) {
        @SuppressWarnings("unchecked")
        Codec<T, D> codec = (Codec<T, D>) type.codec();
        D document;
        try {
            document = input instanceof String text
                    ? MAPPER.readValue(text, codec.documentClass())
                    : MAPPER.readValue((byte[]) input, codec.documentClass());
        } catch (IOException e) {
            return Either.left(error(e));
        }
        if (document == null) {
            return Either.left(new DecodingError.Invalid("", "null is not a document"));
        }
        try {
            String found = Read.required(codec.typeOf(document), At.ROOT.field("type"));
            if (!found.equals(type.name())) {
                return Either.left(new DecodingError.Unsupported("/type", "expected a " + type.name() + " document"));
            }
            int version = Read.required(codec.versionOf(document), At.ROOT.field("schemaVersion"));
            if (version < 1 || version > type.schemaVersion()) {
                return Either.left(new DecodingError.Unsupported("/schemaVersion",
                        "this library reads " + type.name() + " versions 1 to " + type.schemaVersion()));
            }
            return Either.right(codec.decode(document, settings));
        } catch (Refusal r) {
            return Either.left(r.error());
        } catch (RuntimeException e) {
            // a bug of this adapter, never the caller's fault: still a typed answer, no stack trace
            return Either.left(new DecodingError.Invalid("", "not a valid " + type.name() + " document (unexpected "
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    /** The strict mapper of this adapter, for the file store's own formats. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses {@code bytes} as a JSON tree under the same limits as documents (for the file store's envelope). */
    static com.fasterxml.jackson.databind.JsonNode tree(byte[] bytes) throws IOException {
        if (bytes.length > MAX_DOCUMENT_CHARS) {
            throw new StreamConstraintsException("longer than " + MAX_DOCUMENT_CHARS);
        }
        com.fasterxml.jackson.databind.JsonNode node = MAPPER.readTree(bytes);
        if (node == null || !node.isObject()) {
            throw new JsonParseException(null, "not an object");
        }
        return node;
    }

    /** A parser's or binder's complaint as an error that quotes nothing from the document. */
    static DecodingError error(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new DecodingError.Malformed(pathOf(e), "exceeds a limit of this reader (document size, nesting depth "
                    + MAX_DEPTH + ", string length " + MAX_STRING + " or number length " + MAX_NUMBER + ")");
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new DecodingError.Invalid(pathOf(e), "unknown field");
        }
        if (e instanceof InputCoercionException) {
            return new DecodingError.Invalid(pathOf(e), "number out of range");
        }
        String original = e instanceof JsonProcessingException p && p.getOriginalMessage() != null ? p.getOriginalMessage() : "";
        if (e instanceof MismatchedInputException && original.startsWith("No content to map")) {
            return new DecodingError.Malformed("", "empty document");
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return new DecodingError.Malformed("", "content after the document");
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String expected = target == null ? "another JSON type"
                    : target == String.class ? "a string"
                    : target == Integer.class || target == int.class ? "a whole number"
                    : java.util.List.class.isAssignableFrom(target) ? "an array"
                    : "an object";
            return new DecodingError.Invalid(pathOf(e), "wrong JSON type: expected " + expected);
        }
        if (e instanceof JsonParseException p) {
            String what = original.startsWith("Duplicate field") ? "duplicate key"
                    : original.contains("UTF") || original.contains("Invalid character") ? "not valid UTF-8 text"
                    : original.contains("Trailing token") ? "content after the document"
                    : "not well-formed JSON";
            return new DecodingError.Malformed(pathOf(e), what + at(p.getLocation()));
        }
        if (e instanceof DatabindException) {
            return new DecodingError.Malformed(pathOf(e), "not a readable document");
        }
        if (e instanceof java.io.CharConversionException) {
            return new DecodingError.Malformed("", "not valid UTF-8 text");
        }
        return new DecodingError.Malformed("", "not readable JSON");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON Pointer of the binder's path (empty when the parser failed outside any field). */
    private static String pathOf(IOException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER)
                        .maxNameLength(200)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // no scalar turns into another: a number is not text, text is not a number, an object or a list
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[]{LogicalType.POJO, LogicalType.Collection}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper;
    }
}
