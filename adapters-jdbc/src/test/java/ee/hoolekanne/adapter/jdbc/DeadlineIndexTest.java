package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.deadline.ObligationSchedule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The deadline index behind {@code findDueBy}: the watch really reads it (a lost index row hides
 * a case from the indexed schedule only), {@code reindexDeadlines} rebuilds it, and a database
 * that gains the index through a migration has its stored cases indexed.
 */
class DeadlineIndexTest {

    private static final SocialHousingSchedule SCHEDULE = SocialHousingSchedule.tartu();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-8 deadline watch: findDueBy answers from the index, which reindexDeadlines rebuilds")
    void watchReadsTheIndex(Databases.Kind kind) throws SQLException {
        JdbcAdapters jdbc = Databases.fresh(kind, "DeadlineIndexTest");
        ApplicationRepository cases = jdbc.applications();
        List<CaseId> due = saveOpenCases(cases);
        LocalDate horizon = START.plusYears(3);
        ObligationSchedule<Application> unequal = SCHEDULE::openObligations;
        assertEquals(due, ids(cases.findDueBy(horizon, SCHEDULE).get()));

        execute(Databases.dataSource(kind), "DELETE FROM case_due");
        assertEquals(List.of(), ids(cases.findDueBy(horizon, SCHEDULE).get()), "the indexed schedule reads the index");
        assertEquals(due, ids(cases.findDueBy(horizon, unequal).get()), "another schedule reads every open case");

        assertEquals(due.size(), jdbc.reindexDeadlines().get());
        assertEquals(due, ids(cases.findDueBy(horizon, SCHEDULE).get()));
    }

    @Test
    @DisplayName("TSM-8 deadline watch: migrating a database that holds cases to the deadline index indexes them")
    void migrationIndexesStoredCases() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deadline-index-upgrade;DB_CLOSE_DELAY=-1");
        ApplicationRepository cases = JdbcAdapters.migrate(h2).applications();
        List<CaseId> due = saveOpenCases(cases);
        // back to the schema before version 11, the cases still stored
        execute(h2, "DROP TABLE case_due");
        execute(h2, "DELETE FROM \"hoolekanne_schema_history\" WHERE \"version\" = '11'");

        ApplicationRepository upgraded = JdbcAdapters.migrate(h2).applications();
        assertEquals(due, ids(upgraded.findDueBy(START.plusYears(3), SCHEDULE).get()));
    }

    /** Saves cases in every state; the ids of those with an obligation, in id order. */
    private static List<CaseId> saveOpenCases(ApplicationRepository cases) {
        List<CaseId> due = new ArrayList<>();
        for (Application app : SocialHousingCases.inEveryState("idx", SocialHousingCases.family(new SplittableRandom(11)), START)) {
            cases.save(app.id(), app, 0).getOrElseThrow(e -> new AssertionError(e.message()));
            if (SCHEDULE.nextDue(app).isDefined()) {
                due.add(app.id());
            }
        }
        due.sort(java.util.Comparator.comparing(CaseId::value));
        assertFalse(due.isEmpty());
        return due;
    }

    private static List<CaseId> ids(List<Application> apps) {
        return apps.stream().map(Application::id).toList();
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
