package ee.hoolekanne.adapter.jdbc;

/** The little SQL that differs between the supported databases. */
enum Dialect {
    H2, POSTGRESQL;

    /** The dialect of the database product named by JDBC metadata. */
    static Dialect of(String productName) {
        return productName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** The expression that takes the next value of {@code sequence}. */
    String nextValue(String sequence) {
        return switch (this) {
            case H2 -> "NEXT VALUE FOR " + sequence;
            case POSTGRESQL -> "nextval('" + sequence + "')";
        };
    }
}
