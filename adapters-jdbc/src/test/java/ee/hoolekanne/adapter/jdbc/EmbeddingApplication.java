package ee.hoolekanne.adapter.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The municipal application a test database stands in for: its own tables ({@code app_user},
 * and an {@code audit_record} of its own) in the default schema, migrated by its own Flyway with
 * Flyway's defaults (history {@code flyway_schema_history}, migrations at
 * {@code classpath:db/migration}, the location Spring Boot scans) to version 3, with rows. Every
 * test database holds it, so every contract suite runs beside an application's tables.
 */
final class EmbeddingApplication {

    private EmbeddingApplication() {
    }

    /** The application's Flyway, with Flyway's defaults. */
    static Flyway flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).load();
    }

    /** Migrates the application's own schema to its version 3. */
    static void install(DataSource ds) {
        flyway(ds).migrate();
    }

    /** What an embedding application can see of its own: its history and its rows. */
    static List<String> snapshot(DataSource ds) {
        List<String> seen = new ArrayList<>();
        for (MigrationInfo m : flyway(ds).info().applied()) {
            seen.add("history " + m.getVersion() + " " + m.getDescription() + " " + m.getChecksum() + " " + m.getState());
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, login, email FROM app_user ORDER BY id")) {
                while (rs.next()) {
                    seen.add("app_user " + rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, action FROM audit_record ORDER BY id")) {
                while (rs.next()) {
                    seen.add("audit_record " + rs.getInt(1) + " " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the application's tables could not be read: " + e.getSQLState(), e);
        }
        return seen;
    }
}
