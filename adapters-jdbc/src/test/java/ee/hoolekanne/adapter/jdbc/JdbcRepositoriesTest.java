package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.testkit.contract.AuditSinkContract;
import ee.hoolekanne.testkit.contract.SubjectAccessContract;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The testkit's contract suites on H2 in memory, H2 in a file, and a real PostgreSQL. Each suite
 * prints the database it ran on; none is skipped.
 */
class JdbcRepositoriesTest {

    private static String announce(Databases.Kind kind, String suite) {
        String database = Databases.fresh(kind).database();
        System.out.println("[adapters-jdbc] " + suite + " runs on " + kind + ": " + database);
        return database;
    }

    @Nested
    @DisplayName("housing stock on H2 (memory)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class StockH2Memory extends HousingStockRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.H2_MEMORY, "HousingStockRepositoryContract");
        }

        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY).housingStocks();
        }
    }

    @Nested
    @DisplayName("housing stock on H2 (file)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class StockH2File extends HousingStockRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.H2_FILE, "HousingStockRepositoryContract");
        }

        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.H2_FILE).housingStocks();
        }
    }

    @Nested
    @DisplayName("housing stock on PostgreSQL")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class StockPostgres extends HousingStockRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.POSTGRESQL, "HousingStockRepositoryContract");
        }

        @Override
        protected HousingStockRepository newStockRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL).housingStocks();
        }
    }

    @Nested
    @DisplayName("waiting list on H2 (memory)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ListH2Memory extends WaitingListRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.H2_MEMORY, "WaitingListRepositoryContract");
        }

        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY).waitingLists();
        }
    }

    @Nested
    @DisplayName("waiting list on PostgreSQL")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ListPostgres extends WaitingListRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.POSTGRESQL, "WaitingListRepositoryContract");
        }

        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL).waitingLists();
        }
    }

    @Nested
    @DisplayName("social housing cases on H2 (memory)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CasesH2Memory extends ApplicationRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.H2_MEMORY, "ApplicationRepositoryContract");
        }

        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.H2_MEMORY).applications();
        }
    }

    @Nested
    @DisplayName("social housing cases on H2 (file)")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CasesH2File extends ApplicationRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.H2_FILE, "ApplicationRepositoryContract");
        }

        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.H2_FILE).applications();
        }
    }

    @Nested
    @DisplayName("social housing cases on PostgreSQL")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CasesPostgres extends ApplicationRepositoryContract {
        @BeforeAll
        void announce() {
            JdbcRepositoriesTest.announce(Databases.Kind.POSTGRESQL, "ApplicationRepositoryContract");
        }

        @Override
        protected ApplicationRepository newApplicationRepository() {
            return Databases.fresh(Databases.Kind.POSTGRESQL).applications();
        }
    }

    @Nested
    @DisplayName("audit sink on H2 (memory)")
    class AuditH2 extends AuditSinkContract {
        @Override
        protected AuditSink newSink() {
            return Databases.fresh(Databases.Kind.H2_MEMORY).auditSink();
        }
    }

    @Nested
    @DisplayName("audit sink on PostgreSQL")
    class AuditPostgres extends AuditSinkContract {
        @Override
        protected AuditSink newSink() {
            return Databases.fresh(Databases.Kind.POSTGRESQL).auditSink();
        }
    }

    @Nested
    @DisplayName("subject access on H2 (memory)")
    class SubjectAccessH2 extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            JdbcAdapters jdbc = Databases.fresh(Databases.Kind.H2_MEMORY);
            return new Store(jdbc.applications(), jdbc.auditSink(), jdbc.subjectAccess());
        }
    }

    @Nested
    @DisplayName("subject access on PostgreSQL")
    class SubjectAccessPostgres extends SubjectAccessContract {
        @Override
        protected Store newStore() {
            JdbcAdapters jdbc = Databases.fresh(Databases.Kind.POSTGRESQL);
            return new Store(jdbc.applications(), jdbc.auditSink(), jdbc.subjectAccess());
        }
    }
}
