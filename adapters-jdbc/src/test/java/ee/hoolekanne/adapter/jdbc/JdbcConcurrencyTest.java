package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.testkit.contract.SocialHousingConcurrencyContract;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** Eight caseworkers at once through the use cases on the JDBC adapters, each command one transaction. */
class JdbcConcurrencyTest {

    private static final java.util.Map<Databases.Kind, JdbcAdapters> CURRENT = new java.util.EnumMap<>(Databases.Kind.class);

    private static SocialHousingPorts jdbcPorts(Databases.Kind kind, InMemoryAdapters memory) {
        JdbcAdapters jdbc = Databases.fresh(kind, "SocialHousingConcurrencyContract");
        CURRENT.put(kind, jdbc);
        return new SocialHousingPorts(jdbc.applications(), jdbc.housingStocks(), jdbc.waitingLists(), memory.register());
    }

    private static CasePorts jdbcCasePorts(Databases.Kind kind, InMemoryAdapters memory) {
        JdbcAdapters jdbc = CURRENT.get(kind);
        return new CasePorts(jdbc.openObligations(), jdbc.outbox(), jdbc.auditSink(), memory.casePorts().actingUser(), memory.time(), jdbc.transactions());
    }

    @Nested
    @DisplayName("on H2 (memory)")
    class OnH2 extends SocialHousingConcurrencyContract {
        @Override
        protected SocialHousingPorts ports(InMemoryAdapters memory) {
            return jdbcPorts(Databases.Kind.H2_MEMORY, memory);
        }

        @Override
        protected CasePorts casePorts(InMemoryAdapters memory) {
            return jdbcCasePorts(Databases.Kind.H2_MEMORY, memory);
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres extends SocialHousingConcurrencyContract {
        @Override
        protected SocialHousingPorts ports(InMemoryAdapters memory) {
            return jdbcPorts(Databases.Kind.POSTGRESQL, memory);
        }

        @Override
        protected CasePorts casePorts(InMemoryAdapters memory) {
            return jdbcCasePorts(Databases.Kind.POSTGRESQL, memory);
        }
    }
}
