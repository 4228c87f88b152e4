package ee.hoolekanne.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of one {@code sh_case} row, typed, in a fixed order; values are bound as parameters only. */
final class CaseRow {

    /** Every column but id and version, with its SQL type. */
    static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        String[][] columns = {
                {"state", "V"}, {"applicant", "V"}, {"submitted_on", "D"}, {"contact_data", "V"}, {"support_network", "V"},
                {"residence_or_stay", "V"}, {"monthly_income", "N"}, {"assets", "V"}, {"social_coping", "V"},
                {"infection_needed", "B"}, {"infection_attached", "B"}, {"missing_parts", "V"}, {"completed_on", "D"},
                {"assessed_on", "D"}, {"specialist", "V"}, {"assessment_methods", "V"}, {"has_no_dwelling", "B"},
                {"needs_support", "B"}, {"proposes_grant", "B"}, {"proposed_refusal", "V"}, {"wait_listed_on", "D"},
                {"decision_id", "V"}, {"unit_id", "V"}, {"placement_kind", "V"}, {"delivery_method", "V"}, {"delivered_at", "V"},
                {"contract_number", "V"}, {"contract_provider", "V"}, {"contract_signed_on", "D"}, {"contract_start", "D"},
                {"contract_end", "D"}, {"use_started_on", "D"}, {"pre_assessed_on", "D"}, {"pre_prospects", "V"},
                {"pre_can_live_alone", "B"}, {"pre_need_continues", "B"}, {"lapsed_by", "V"}, {"lapsed_on", "D"},
                {"end_reason", "V"}, {"last_day", "D"}, {"ending_decision_id", "V"}, {"pre_assessed_by", "V"},
                {"coping_assessed_on", "D"}, {"coping_secures_dwelling", "B"}, {"coping_meets_obligations", "B"},
                {"coping_copes_daily", "B"}, {"remedy_set_on", "D"}, {"remedy_amount", "I"}, {"remedy_unit", "V"}};
        for (String[] c : columns) {
            COLUMNS.put(c[0], switch (c[1]) {
                case "D" -> Types.DATE;
                case "N" -> Types.NUMERIC;
                case "B" -> Types.BOOLEAN;
                case "I" -> Types.INTEGER;
                default -> Types.VARCHAR;
            });
        }
    }

    private final Map<String, Object> values = new LinkedHashMap<>();

    CaseRow set(String column, Object value) {
        if (!COLUMNS.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        values.put(column, value);
        return this;
    }

    /** Binds every column, in {@link #COLUMNS} order, from parameter {@code first} on; returns the next index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Map.Entry<String, Integer> column : COLUMNS.entrySet()) {
            Object v = values.get(column.getKey());
            if (v == null) {
                ps.setNull(i++, column.getValue());
            } else if (v instanceof LocalDate d) {
                ps.setDate(i++, Jdbc.date(d));
            } else if (v instanceof BigDecimal n) {
                ps.setBigDecimal(i++, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(i++, b);
            } else if (v instanceof Integer n) {
                ps.setInt(i++, n);
            } else {
                ps.setString(i++, v.toString());
            }
        }
        return i;
    }

    static String insertSql() {
        List<String> names = new ArrayList<>(COLUMNS.keySet());
        return "INSERT INTO ~sh_case (id, version, " + String.join(", ", names) + ") VALUES (?, ?"
                + ", ?".repeat(names.size()) + ")";
    }

    static String updateSql() {
        List<String> sets = COLUMNS.keySet().stream().map(c -> c + " = ?").toList();
        return "UPDATE ~sh_case SET version = ?, " + String.join(", ", sets) + " WHERE id = ? AND version = ?";
    }

    /** Reads a nullable boolean column. */
    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }
}
