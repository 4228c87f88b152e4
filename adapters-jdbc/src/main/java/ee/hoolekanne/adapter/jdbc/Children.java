package ee.hoolekanne.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an aggregate's child rows come from while it is rebuilt: for one aggregate, a statement
 * per child table and aggregate; for a batch (a finder), one statement per child table for the
 * whole batch, its rows handed out per aggregate.
 */
abstract class Children {

    /** The rows of {@code table} whose {@code keyColumn} is {@code key}, in {@code order}. */
    abstract List<Row> of(String table, String keyColumn, String key, String order) throws SQLException;

    /** Each call one statement. */
    static Children direct(Jdbc.Db db, Connection c) {
        return new Children() {
            @Override
            List<Row> of(String table, String keyColumn, String key, String order) throws SQLException {
                return Jdbc.rows(db, c, "SELECT * FROM ~" + table + " WHERE " + keyColumn + " = ? ORDER BY " + order, List.of(key));
            }
        };
    }

    /**
     * The child rows of the aggregates whose keys {@code selection} (a query of one column, tables
     * as {@code ~table}) selects with {@code parameters}: the first request of a child table reads
     * it for all of them in one statement.
     */
    static Children batch(Jdbc.Db db, Connection c, String selection, List<?> parameters) {
        return new Children() {
            private final Map<String, Map<String, List<Row>>> read = new HashMap<>();

            @Override
            List<Row> of(String table, String keyColumn, String key, String order) throws SQLException {
                String query = table + "/" + keyColumn + "/" + order;
                Map<String, List<Row>> byKey = read.get(query);
                if (byKey == null) {
                    byKey = new LinkedHashMap<>();
                    for (Row row : Jdbc.rows(db, c, "SELECT * FROM ~" + table + " WHERE " + keyColumn + " IN (" + selection + ") ORDER BY "
                            + keyColumn + ", " + order, parameters)) {
                        byKey.computeIfAbsent(row.string(keyColumn), k -> new java.util.ArrayList<>()).add(row);
                    }
                    read.put(query, byKey);
                }
                return byKey.getOrDefault(key, List.of());
            }
        };
    }
}
