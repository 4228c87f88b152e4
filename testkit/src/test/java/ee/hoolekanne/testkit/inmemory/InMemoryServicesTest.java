package ee.hoolekanne.testkit.inmemory;

import ee.hoolekanne.testkit.contract.JusticeServicesContract;
import ee.hoolekanne.testkit.contract.ProtectionServiceContract;
import ee.hoolekanne.testkit.contract.ResocializationServiceContract;
import ee.hoolekanne.testkit.contract.Storage;
import ee.hoolekanne.testkit.contract.SubstituteCareServiceContract;
import ee.hoolekanne.testkit.contract.YouthSupportServiceContract;
import org.junit.jupiter.api.Nested;

import java.time.LocalDate;

/** Every service's use cases on the in-memory adapters. */
class InMemoryServicesTest {

    private static Storage fresh() {
        return InMemoryAdapters.create(LocalDate.of(2026, 1, 1)).storage();
    }

    @Nested
    class Protection extends ProtectionServiceContract {
        @Override
        protected Storage storage() {
            return fresh();
        }
    }

    @Nested
    class Youth extends YouthSupportServiceContract {
        @Override
        protected Storage storage() {
            return fresh();
        }
    }

    @Nested
    class SubstituteCare extends SubstituteCareServiceContract {
        @Override
        protected Storage storage() {
            return fresh();
        }
    }

    @Nested
    class Justice extends JusticeServicesContract {
        @Override
        protected Storage storage() {
            return fresh();
        }
    }

    @Nested
    class Resocialization extends ResocializationServiceContract {
        @Override
        protected Storage storage() {
            return fresh();
        }
    }
}
