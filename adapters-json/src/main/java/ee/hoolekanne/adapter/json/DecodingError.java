package ee.hoolekanne.adapter.json;

/**
 * Why a document was refused. Every error names where, as a JSON Pointer ({@code ""} is the whole
 * document, {@code "/entries/3/completedOn"} a field), and what was wrong, in English. Neither ever
 * contains a value from the document, so an error can be logged without leaking personal data.
 */
public sealed interface DecodingError {

    /** Where in the document, as a JSON Pointer (RFC 6901). */
    String path();

    /** What was wrong there. */
    String problem();

    /** One line for logs and users: the path and the problem. */
    default String message() {
        return (path().isEmpty() ? "the document" : path()) + ": " + problem();
    }

    /**
     * Not JSON, or JSON beyond the limits: a syntax error, invalid UTF-8, a duplicate key, content
     * after the document, or a document too large, too deep, or with too long a string or number.
     *
     * @param path    where, as far as the parser knew
     * @param problem what was wrong
     */
    record Malformed(String path, String problem) implements DecodingError {
    }

    /**
     * Well-formed JSON that is not a valid document of the type: a missing, unknown or mistyped
     * field, a badly formatted date or code, or values the domain refuses (e.g. a unit allocated
     * twice, a deadline that does not follow from its term).
     *
     * @param path    the offending field
     * @param problem what was wrong with it
     */
    record Invalid(String path, String problem) implements DecodingError {
    }

    /**
     * A document of another type, or of a schema version this library does not read.
     *
     * @param path    {@code /type} or {@code /schemaVersion}
     * @param problem what was found and what is read
     */
    record Unsupported(String path, String problem) implements DecodingError {
    }
}
