package ee.hoolekanne.adapter.jdbc;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain SQL scripts for DBAs who run the DDL themselves ({@code ddl/hoolekanne-h2.sql},
 * {@code ddl/hoolekanne-postgresql.sql} in the jar): each is the migrations of this version in
 * order, in the schema {@code hoolekanne}; it is what the migrations are (regenerate with
 * {@code -Dhoolekanne.writeDdl=true} after adding a migration) and it builds the same tables,
 * columns, constraints and indexes as the migrations do.
 */
class DdlScriptTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/ee/hoolekanne/adapter/jdbc/migration");
    private static final Path DDL = Path.of("src/main/resources/ee/hoolekanne/adapter/jdbc/ddl");

    /** The database a script is for, and how it sets the schema. */
    enum Dialect {
        H2("hoolekanne-h2.sql", "SET SCHEMA \"hoolekanne\";", Databases.Kind.H2_MEMORY),
        POSTGRESQL("hoolekanne-postgresql.sql", "SET search_path TO \"hoolekanne\";", Databases.Kind.POSTGRESQL);

        final String file;
        final String useSchema;
        final Databases.Kind kind;

        Dialect(String file, String useSchema, Databases.Kind kind) {
            this.file = file;
            this.useSchema = useSchema;
            this.kind = kind;
        }
    }

    /** The script of {@code dialect}: a header, the schema, and every migration in version order. */
    static String render(Dialect dialect) throws IOException {
        List<Path> migrations;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            migrations = files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        int last = version(migrations.get(migrations.size() - 1));
        StringBuilder sql = new StringBuilder();
        sql.append("-- hoolekanne: the complete DDL of schema version ").append(last).append(" for ").append(dialect.name()).append(".\n");
        sql.append("-- For DBAs who run the DDL themselves: run it once on an empty schema, then start the\n");
        sql.append("-- adapters with JdbcAdapters.builder(dataSource).migration(Migration.NONE). It is the migrations\n");
        sql.append("-- V1 .. V").append(last).append(" of the jar (classpath:ee/hoolekanne/adapter/jdbc/migration) in order; to upgrade\n");
        sql.append("-- a schema built with it, run the migrations after its version, in order. Generated; do not edit.\n\n");
        sql.append("CREATE SCHEMA IF NOT EXISTS \"hoolekanne\";\n").append(dialect.useSchema).append("\n");
        for (Path m : migrations) {
            sql.append("\n-- ").append(m.getFileName()).append("\n\n");
            sql.append(Files.readString(m, StandardCharsets.UTF_8).strip()).append("\n");
        }
        return sql.toString();
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    @DisplayName("the script in the jar is the migrations of this version, in order")
    void scriptIsTheMigrations(Dialect dialect) throws IOException {
        Path file = DDL.resolve(dialect.file);
        String rendered = render(dialect);
        if (Boolean.getBoolean("hoolekanne.writeDdl")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing " + file + " (run with -Dhoolekanne.writeDdl=true)");
        assertEquals(rendered, Files.readString(file, StandardCharsets.UTF_8),
                "the script is stale: regenerate it with -Dhoolekanne.writeDdl=true after adding a migration");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    @DisplayName("the script builds the same tables, columns, constraints and indexes as the migrations, and the adapters run on it")
    void scriptBuildsTheSameSchema(Dialect dialect) throws IOException, SQLException {
        DataSource migrated = Databases.pristine(dialect.kind);
        Flyway.configure().dataSource(migrated).schemas(JdbcAdapters.DEFAULT_SCHEMA).table(JdbcAdapters.HISTORY_TABLE)
                .locations(JdbcAdapters.MIGRATIONS).load().migrate();
        DataSource scripted = Databases.pristine(dialect.kind);
        try (Connection c = scripted.getConnection(); Statement st = c.createStatement()) {
            for (String statement : statements(Files.readString(DDL.resolve(dialect.file), StandardCharsets.UTF_8))) {
                st.execute(statement);
            }
        }
        List<String> expected = describe(migrated, dialect);
        assertFalse(expected.isEmpty());
        assertEquals(expected, describe(scripted, dialect));
        JdbcAdapters jdbc = JdbcAdapters.builder(scripted).migration(JdbcAdapters.Migration.NONE).build();
        assertTrue(jdbc.outbox().pending().isRight() && jdbc.openObligations().dueBy(java.time.LocalDate.of(2100, 1, 1)).isRight());
    }

    /** The statements of a script: comment lines dropped, split at a semicolon that ends a line. */
    static List<String> statements(String script) {
        StringBuilder body = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> body.append(l).append('\n'));
        List<String> out = new ArrayList<>();
        for (String s : body.toString().split(";\\s*\\n")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The schema's tables, columns, constraints and indexes, in order, without the Flyway history. */
    private static List<String> describe(DataSource ds, Dialect dialect) throws SQLException {
        List<String> seen = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            query(st, seen, "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length, numeric_precision, column_default "
                    + "FROM information_schema.columns WHERE table_schema = 'hoolekanne' ORDER BY table_name, column_name");
            query(st, seen, "SELECT tc.table_name, tc.constraint_type, COUNT(*) FROM information_schema.table_constraints tc "
                    + "WHERE tc.table_schema = 'hoolekanne' GROUP BY tc.table_name, tc.constraint_type ORDER BY tc.table_name, tc.constraint_type");
            query(st, seen, dialect == Dialect.H2
                    ? "SELECT table_name, index_name, index_type_name FROM information_schema.indexes WHERE table_schema = 'hoolekanne' "
                    + "AND index_name NOT LIKE 'PRIMARY_KEY%' AND index_name NOT LIKE 'CONSTRAINT_INDEX%' AND index_name NOT LIKE 'FK_%' "
                    + "ORDER BY table_name, index_name"
                    : "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'hoolekanne' ORDER BY tablename, indexname");
        }
        seen.removeIf(line -> line.toLowerCase(Locale.ROOT).contains(JdbcAdapters.HISTORY_TABLE));
        return seen;
    }

    private static void query(Statement st, List<String> seen, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append(" | ");
                }
                seen.add(row.toString());
            }
        }
    }

    @Test
    @DisplayName("a script splits into statements at the semicolons that end lines, not at those in comments")
    void splitting() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "DROP TABLE b"), statements("-- a; comment\nCREATE TABLE a (x INT);\n\nDROP TABLE b;\n"));
    }
}
