package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.calendar.EstonianCalendar;

/**
 * Maps one document type between the domain and its {@link Docs} record, both ways, exhaustively.
 * Decoding rebuilds the domain value only through its own validating constructors and factories
 * and throws {@link Refusal} at the first thing wrong.
 *
 * @param <T> the domain type
 * @param <D> the document record
 */
interface Codec<T, D> {

    /** How a document is written and read. */
    record Settings(EstonianCalendar calendar, boolean redacted) {
    }

    Class<D> documentClass();

    /** The document's {@code type} field. */
    String typeOf(D document);

    /** The document's {@code schemaVersion} field. */
    Integer versionOf(D document);

    D encode(String type, int schemaVersion, T value, Settings settings);

    T decode(D document, Settings settings);
}
