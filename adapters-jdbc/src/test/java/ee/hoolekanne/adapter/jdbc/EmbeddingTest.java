package ee.hoolekanne.adapter.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * hoolekanne in a database that already holds an application: its own schema and Flyway history
 * beside the application's, its migrations out of the application's Flyway's sight, migrating
 * again a no-op, and validate mode naming what an older schema lacks. (Every contract suite of
 * {@link JdbcRepositoriesTest} runs on databases that hold the same application, see
 * {@link EmbeddingApplication}.)
 */
class EmbeddingTest {

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("migrate beside an application's tables and its flyway_schema_history at version 3: theirs untouched, ours in schema hoolekanne; again a no-op")
    void besideAnApplication(Databases.Kind kind) {
        DataSource ds = Databases.pristine(kind);
        EmbeddingApplication.install(ds);
        List<String> application = EmbeddingApplication.snapshot(ds);
        assertEquals(3, EmbeddingApplication.flyway(ds).info().applied().length, "the application's history stands at version 3");

        JdbcAdapters jdbc = JdbcAdapters.migrate(ds);
        assertEquals(application, EmbeddingApplication.snapshot(ds), "the application's history and rows are untouched");
        assertEquals(List.of("1", "2", "3"), Arrays.stream(EmbeddingApplication.flyway(ds).info().all())
                .map(m -> m.getVersion().getVersion()).toList(), "the application's Flyway does not see hoolekanne's migrations");
        MigrationInfo[] ours = hoolekanneFlyway(ds).info().applied();
        assertEquals(0, hoolekanneFlyway(ds).info().pending().length, "every migration of hoolekanne applied, in its own history");
        assertTrue(ours.length >= 13, "versions 1 to 13 at least: " + ours.length);
        assertTrue(jdbc.auditSink().recordsOf(ee.hoolekanne.domain.person.PersonalCode.of(java.time.LocalDate.of(1990, 1, 1),
                ee.hoolekanne.domain.person.Sex.FEMALE, 1)).get().isEmpty(), "hoolekanne's audit_record is its own");

        JdbcAdapters.migrate(ds);
        assertEquals(ours.length, hoolekanneFlyway(ds).info().applied().length, "migrating again applies nothing");
        assertEquals(application, EmbeddingApplication.snapshot(ds));
        JdbcAdapters.builder(ds).migration(JdbcAdapters.Migration.VALIDATE).build();
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("validate mode on a schema at version 11 fails and names the versions it lacks; none touches nothing")
    void validateNamesWhatIsMissing(Databases.Kind kind) {
        DataSource ds = Databases.pristine(kind);
        EmbeddingApplication.install(ds);
        hoolekanneFlywayConfig(ds).target("11").load().migrate();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JdbcAdapters.builder(ds).migration(JdbcAdapters.Migration.VALIDATE).build());
        assertTrue(refused.getMessage().contains("version 12") && refused.getMessage().contains("version 13"), refused.getMessage());
        JdbcAdapters.builder(ds).migration(JdbcAdapters.Migration.NONE).build();
        assertEquals("11", hoolekanneFlyway(ds).info().current().getVersion().getVersion(), "none migrates nothing");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration hoolekanneFlywayConfig(DataSource ds) {
        return Flyway.configure().dataSource(ds).schemas(JdbcAdapters.DEFAULT_SCHEMA).table(JdbcAdapters.HISTORY_TABLE)
                .locations(JdbcAdapters.MIGRATIONS);
    }

    private static Flyway hoolekanneFlyway(DataSource ds) {
        return hoolekanneFlywayConfig(ds).load();
    }
}
