package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.testkit.contract.JusticeServicesContract;
import ee.hoolekanne.testkit.contract.ProtectionServiceContract;
import ee.hoolekanne.testkit.contract.ResocializationServiceContract;
import ee.hoolekanne.testkit.contract.Storage;
import ee.hoolekanne.testkit.contract.SubstituteCareServiceContract;
import ee.hoolekanne.testkit.contract.YouthSupportServiceContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Every service's use cases on the JDBC adapters, on H2 and on a real PostgreSQL: each command
 * runs in one transaction over the tables and is read back from them, so the new transitions of
 * every service (referral expiry, information requests, change notices, reports, evaluations,
 * diaries, situation assessments, family bookings, stay extensions, leaving resocialization) are
 * shown to survive a round trip through the database, not only through memory.
 */
class JdbcServicesTest {

    static Storage storageOn(Databases.Kind kind, String suite) {
        JdbcAdapters jdbc = Databases.fresh(kind, suite);
        return new Storage(jdbc.cases(), jdbc.housingStocks(), jdbc.waitingLists(), jdbc.openObligations(), jdbc.outbox(),
                jdbc.auditSink(), jdbc.transactions());
    }

    @Nested
    @DisplayName("on H2 (memory)")
    class OnH2Memory {
        @Nested
        class Protection extends ProtectionServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.H2_MEMORY, "ProtectionServiceContract");
            }
        }

        @Nested
        class Youth extends YouthSupportServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.H2_MEMORY, "YouthSupportServiceContract");
            }
        }

        @Nested
        class SubstituteCare extends SubstituteCareServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.H2_MEMORY, "SubstituteCareServiceContract");
            }
        }

        @Nested
        class Justice extends JusticeServicesContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.H2_MEMORY, "JusticeServicesContract");
            }
        }

        @Nested
        class Resocialization extends ResocializationServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.H2_MEMORY, "ResocializationServiceContract");
            }
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres {
        @Nested
        class Protection extends ProtectionServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.POSTGRESQL, "ProtectionServiceContract");
            }
        }

        @Nested
        class Youth extends YouthSupportServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.POSTGRESQL, "YouthSupportServiceContract");
            }
        }

        @Nested
        class SubstituteCare extends SubstituteCareServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.POSTGRESQL, "SubstituteCareServiceContract");
            }
        }

        @Nested
        class Justice extends JusticeServicesContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.POSTGRESQL, "JusticeServicesContract");
            }
        }

        @Nested
        class Resocialization extends ResocializationServiceContract {
            @Override
            protected Storage storage() {
                return storageOn(Databases.Kind.POSTGRESQL, "ResocializationServiceContract");
            }
        }
    }
}
