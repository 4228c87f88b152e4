package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.testkit.contract.SocialHousingConcurrencyContract;
import ee.hoolekanne.testkit.inmemory.InMemorySocialHousing;
import ee.hoolekanne.usecase.SocialHousingPorts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** Eight caseworkers at once through the service on H2 and on a real PostgreSQL. */
class JdbcConcurrencyTest {

    private static SocialHousingPorts jdbcPorts(Databases.Kind kind, InMemorySocialHousing memory) {
        JdbcAdapters jdbc = Databases.fresh(kind, "SocialHousingConcurrencyContract");
        return new SocialHousingPorts(jdbc.applications(), jdbc.housingStocks(), jdbc.waitingLists(), memory.register(),
                memory.notifier(), memory.time(), jdbc.auditSink());
    }

    @Nested
    @DisplayName("on H2 (memory)")
    class OnH2 extends SocialHousingConcurrencyContract {
        @Override
        protected SocialHousingPorts ports(InMemorySocialHousing memory) {
            return jdbcPorts(Databases.Kind.H2_MEMORY, memory);
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres extends SocialHousingConcurrencyContract {
        @Override
        protected SocialHousingPorts ports(InMemorySocialHousing memory) {
            return jdbcPorts(Databases.Kind.POSTGRESQL, memory);
        }
    }
}
