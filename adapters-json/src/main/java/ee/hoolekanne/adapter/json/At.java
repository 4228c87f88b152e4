package ee.hoolekanne.adapter.json;

/**
 * A place in a document, built as a decoder descends and turned into a JSON Pointer only when
 * something there is refused: building pointer strings for every field read would cost more than
 * reading the fields.
 */
final class At {

    /** The whole document. */
    static final At ROOT = new At(null, null, -1);

    private final At parent;
    private final String field;
    private final int index;

    private At(At parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    At field(String name) {
        return new At(this, name, -1);
    }

    At index(int i) {
        return new At(this, null, i);
    }

    /** The JSON Pointer (RFC 6901), e.g. {@code /application/history/3/on}; empty for the whole document. */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String segment = field != null ? field.replace("~", "~0").replace("/", "~1") : Integer.toString(index);
        return parent + "/" + segment;
    }
}
