package ee.hoolekanne.adapter.json;

import java.util.function.Function;

/**
 * A {@link Codec} whose document record is given with the accessors of its {@code type} and
 * {@code schemaVersion}: what every document type's codec shares.
 *
 * @param <T> the domain type
 * @param <D> the document record
 */
abstract class DocumentCodec<T, D> implements Codec<T, D> {

    private final Class<D> documentClass;
    private final Function<D, String> type;
    private final Function<D, Integer> version;

    DocumentCodec(Class<D> documentClass, Function<D, String> type, Function<D, Integer> version) {
        this.documentClass = documentClass;
        this.type = type;
        this.version = version;
    }

    @Override
    public final Class<D> documentClass() {
        return documentClass;
    }

    @Override
    public final String typeOf(D document) {
        return type.apply(document);
    }

    @Override
    public final Integer versionOf(D document) {
        return version.apply(document);
    }
}
