package ee.hoolekanne.adapter.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The database schema the adapter's tables live in, and the SQL dialect: every statement names
 * its tables as {@code ~table}, which becomes {@code "schema".table}, so the adapter works on a
 * connection whose default schema is the application's own.
 *
 * @param name    the schema's name: lower-case letters, digits and underscores, starting with a letter
 * @param dialect the database's dialect
 */
record Schema(String name, Dialect dialect) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** @throws IllegalArgumentException for a name that is not a plain lower-case identifier */
    Schema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dialect, "dialect");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a schema name is lower-case letters, digits and underscores, starting with a letter: "
                    + name.length() + " characters given");
        }
    }

    /** {@code sql} with every {@code ~} replaced by the quoted schema and a dot. */
    String sql(String sql) {
        return sql.replace("~", "\"" + name + "\".");
    }

    /** The expression that takes the next value of {@code sequence} in this schema. */
    String nextValue(String sequence) {
        return switch (dialect) {
            case H2 -> "NEXT VALUE FOR \"" + name + "\"." + sequence;
            case POSTGRESQL -> "nextval('\"" + name + "\"." + sequence + "')";
        };
    }
}
