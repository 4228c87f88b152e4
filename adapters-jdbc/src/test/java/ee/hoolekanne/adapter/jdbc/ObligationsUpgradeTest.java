package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.usecase.ServiceSchedules;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The open obligations of cases stored before the read model existed. */
class ObligationsUpgradeTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    @DisplayName("RVK-5, CAL-8: migrating a database that holds cases but no obligation rows computes the obligations of every open case")
    void migrationComputesTheObligationsOfStoredCases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:obligations-upgrade;DB_CLOSE_DELAY=-1");
        // the schema as it was before version 12, with cases in it
        Flyway.configure().dataSource(h2).schemas(JdbcAdapters.DEFAULT_SCHEMA).table(JdbcAdapters.HISTORY_TABLE)
                .locations(JdbcAdapters.MIGRATIONS).target("11").load().migrate();
        // protection referrals: their tables are as they were at version 11
        ProtectionReferralRepository before = JdbcAdapters.builder(h2).migration(JdbcAdapters.Migration.NONE).build().protectionReferrals();
        List<ProtectionReferral> cases = new java.util.ArrayList<>();
        for (ProtectionReferral r : SupportServicesCases.protectionJourney(new CaseId("old-1"), START)) {
            cases.removeIf(x -> x.id().equals(r.id()));
            cases.add(r);
        }
        for (int i = 2; i <= 4; i++) {
            List<ProtectionReferral> journey = SupportServicesCases.protectionJourney(new CaseId("old-" + i), START.plusDays(7L * i));
            cases.add(journey.get(i % journey.size()));
        }
        // today's adapter writes two columns of version 16 and two tables of version 17 too: add them
        // for the writes, then drop them, so the rows are as version 11 held them
        sql(h2, "ALTER TABLE \"hoolekanne\".rvk_state ADD COLUMN need_problems VARCHAR(200)");
        sql(h2, "ALTER TABLE \"hoolekanne\".rvk_state ADD COLUMN need_greater BOOLEAN");
        sql(h2, "CREATE TABLE \"hoolekanne\".rvk_decision_act (case_id VARCHAR(100), decision_id VARCHAR(100), role VARCHAR(500), "
                + "signer VARCHAR(500), hearing_kind VARCHAR(10), hearing_on DATE, hearing_how VARCHAR(2000), "
                + "hearing_provision VARCHAR(200), hearing_reason VARCHAR(2000), delivery_method VARCHAR(20), delivered_at VARCHAR(40))");
        sql(h2, "CREATE TABLE \"hoolekanne\".rvk_decision_fact (case_id VARCHAR(100), decision_id VARCHAR(100), position INT, "
                + "fact VARCHAR(4000))");
        cases.forEach(r -> before.save(r.id(), r, 0).get());
        sql(h2, "ALTER TABLE \"hoolekanne\".rvk_state DROP COLUMN need_problems");
        sql(h2, "ALTER TABLE \"hoolekanne\".rvk_state DROP COLUMN need_greater");
        sql(h2, "DROP TABLE \"hoolekanne\".rvk_decision_act");
        sql(h2, "DROP TABLE \"hoolekanne\".rvk_decision_fact");

        JdbcAdapters upgraded = JdbcAdapters.migrate(h2);

        List<Obligation> expected = cases.stream().flatMap(r -> r.openObligations(ProtectionSchedule.standard()).stream())
                .sorted(DeadlineWatch.ORDER).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, upgraded.openObligations().dueBy(LocalDate.of(2100, 1, 1)).get());
        assertEquals(expected.size(), upgraded.recomputeObligations(ServiceSchedules.standard()).get(), "recomputing again finds the same");
        assertEquals(expected, upgraded.openObligations().dueBy(LocalDate.of(2100, 1, 1)).get());
    }

    private static void sql(javax.sql.DataSource ds, String statement) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
