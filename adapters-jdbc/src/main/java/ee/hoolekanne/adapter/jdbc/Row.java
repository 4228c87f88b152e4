package ee.hoolekanne.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row read from a result set, by lower-case column label, its values in Java types (dates as
 * {@link LocalDate}): so an aggregate can be rebuilt from rows read in a batch, after the cursor
 * moved on.
 */
final class Row {

    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        this.values = values;
    }

    /** Every row of {@code rs}, from its current position on. */
    static List<Row> all(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
        }
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> values = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                if (v instanceof java.sql.Date d) {
                    v = d.toLocalDate();
                }
                values.put(labels[i], v);
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    private Object value(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalStateException("no column " + column);
        }
        return values.get(column);
    }

    /** The text, or null. */
    String string(String column) {
        Object v = value(column);
        return v == null ? null : v.toString();
    }

    /** The date, or null. */
    LocalDate date(String column) {
        return (LocalDate) value(column);
    }

    /** The whole number; a NULL is an error of the stored data. */
    int integer(String column) {
        return ((Number) require(column)).intValue();
    }

    /** The whole number; a NULL is an error of the stored data. */
    long number(String column) {
        return ((Number) require(column)).longValue();
    }

    /** The decimal, or null. */
    BigDecimal decimal(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    /** The boolean; NULL is false, as {@link ResultSet#getBoolean} reads it. */
    boolean flag(String column) {
        Object v = value(column);
        return v != null && (Boolean) v;
    }

    /** The boolean, or null. */
    Boolean bool(String column) {
        return (Boolean) value(column);
    }

    private Object require(String column) {
        Object v = value(column);
        if (v == null) {
            throw new IllegalStateException("column " + column + " is NULL");
        }
        return v;
    }
}
