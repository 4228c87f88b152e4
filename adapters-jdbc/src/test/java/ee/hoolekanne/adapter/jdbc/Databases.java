package ee.hoolekanne.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the adapters are tested on: H2 in memory, H2 in a file under {@code target/}, and
 * a real PostgreSQL started once per test run from Maven artifacts (no Docker, no install). Each
 * {@link #fresh} call gives an empty, migrated schema and says which database it is.
 */
final class Databases {

    enum Kind { H2_MEMORY, H2_FILE, POSTGRESQL }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    private static final java.util.Map<Kind, DataSource> MIGRATED = new java.util.EnumMap<>(Kind.class);
    private static final java.util.Map<Kind, JdbcAdapters> ADAPTERS = new java.util.EnumMap<>(Kind.class);
    private static final java.util.Map<Kind, DataSource> UNPOOLED = new java.util.EnumMap<>(Kind.class);
    private static final List<String> TABLES = List.of("outbox_message", "open_obligation", "sh_decision_fact", "sh_decision_act",
            "res_decision_fact", "res_decision_act", "rvk_decision_fact", "rvk_decision_act", "jus_decision_fact", "jus_decision_act", "sh_unit", "sh_decision_unit", "allocation_day", "allocation", "housing_unit", "housing_stock",
            "waiting_list_change", "waiting_list_entry", "waiting_list",
            "sh_decision_basis", "sh_decision_ground", "sh_event", "sh_activity", "sh_evaluation", "sh_goal", "sh_action_plan",
            "sh_absence", "sh_family_change", "sh_breach", "sh_charge", "sh_payment", "sh_signatory", "sh_household_member",
            "sh_document", "sh_decision", "sh_case", "audit_record", "aht_family_session", "aht_family",
            "aht_group_participant", "aht_group_meeting", "aht_group", "aht_home_evaluation", "aht_home",
            "rvk_state", "rvk_member", "rvk_other_service", "rvk_decision_basis", "rvk_goal", "rvk_info_request",
            "rvk_change_notice", "rvk_report", "rvk_evaluation", "rvk_referral",
            "aht_youth_state", "aht_youth_goal", "aht_youth_diary", "aht_youth_report", "aht_youth_assessment", "aht_youth",
            "jus_support_state", "jus_contact", "jus_support", "jus_activity", "jus_evaluation", "jus_goal", "jus_action_plan",
            "jus_stay_state", "jus_extension_basis", "jus_extension", "jus_stay",
            "res_activity", "res_evaluation", "res_goal", "res_action_plan", "res_state", "res_member", "res_decision_basis",
            "res_decision_ground", "res_decision", "res_stay", "res_laundry", "res_case");

    /**
     * A migrated, empty database of {@code kind} (beside an embedding application's own tables and
     * Flyway history, see {@link EmbeddingApplication}): migrated once per test run, emptied on every call
     * (so a suite's many fresh repositories cost a few deletes each).
     */
    private static final java.util.Set<String> ANNOUNCED = new java.util.HashSet<>();

    /** As {@link #fresh(Kind)}, printing once which database {@code suite} runs on. */
    static synchronized JdbcAdapters fresh(Kind kind, String suite) {
        JdbcAdapters adapters = fresh(kind);
        if (ANNOUNCED.add(suite + "/" + kind)) {
            System.out.println("[adapters-jdbc] " + suite + " runs on " + kind + ": " + adapters.database());
        }
        return adapters;
    }

    static synchronized JdbcAdapters fresh(Kind kind) {
        JdbcAdapters adapters = ADAPTERS.computeIfAbsent(kind,
                k -> JdbcAdapters.migrate(MIGRATED.computeIfAbsent(k, Databases::create)));
        try (Connection c = MIGRATED.get(kind).getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.executeUpdate("DELETE FROM \"" + JdbcAdapters.DEFAULT_SCHEMA + "\"." + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database: " + e.getSQLState(), e);
        }
        return adapters;
    }

    /** The pooled data source of {@code kind} (after {@link #fresh} made it). */
    static synchronized DataSource dataSource(Kind kind) {
        return MIGRATED.get(kind);
    }

    /**
     * The same database as {@link #dataSource}, without the pool: every connection is a real one,
     * so a test can kill it.
     */
    static synchronized DataSource unpooled(Kind kind) {
        return UNPOOLED.get(kind);
    }

    private static DataSource create(Kind kind) {
        DataSource ds = switch (kind) {
            case H2_MEMORY -> h2("jdbc:h2:mem:hoolekanne-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            case H2_FILE -> {
                Path dir = Path.of("target", "h2");
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield h2("jdbc:h2:file:" + dir.toAbsolutePath().resolve("hoolekanne-" + ProcessHandle.current().pid() + "-"
                        + COUNTER.incrementAndGet()));
            }
            case POSTGRESQL -> postgresDatabase();
        };
        EmbeddingApplication.install(ds);
        UNPOOLED.put(kind, ds);
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(ds);
        config.setMaximumPoolSize(10);
        config.setPoolName("hoolekanne-test-" + kind);
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    private static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    /** A new, empty database of {@code kind} (H2 in memory or a new PostgreSQL database), unpooled and not migrated. */
    static synchronized DataSource pristine(Kind kind) {
        return switch (kind) {
            case H2_MEMORY -> h2("jdbc:h2:mem:pristine-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            case H2_FILE -> h2("jdbc:h2:file:" + Path.of("target", "h2").toAbsolutePath().resolve("pristine-" + ProcessHandle.current().pid()
                    + "-" + COUNTER.incrementAndGet()));
            case POSTGRESQL -> postgresDatabase();
        };
    }

    private static synchronized DataSource postgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
            }
            String name = "hoolekanne_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL refused a database: " + e.getSQLState(), e);
        }
    }

    /** Every kind, for parameterised suites. */
    static List<Kind> all() {
        return List.of(Kind.values());
    }
}
