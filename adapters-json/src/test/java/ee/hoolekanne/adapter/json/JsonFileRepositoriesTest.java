package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.JusticeAndResocializationContracts;
import ee.hoolekanne.testkit.contract.SupportServicesContracts;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON-file repositories pass the testkit's contracts, and a damaged file is a typed error. */
class JsonFileRepositoriesTest {

    private static final AtomicInteger FOLDERS = new AtomicInteger();

    @TempDir
    static Path root;

    private static JsonFileRepositories fresh() {
        return JsonFileRepositories.in(root.resolve("store-" + FOLDERS.incrementAndGet()));
    }

    @Nested
    class HousingStocks extends HousingStockRepositoryContract {
        @Override
        protected HousingStockRepository newStockRepository() {
            return fresh().housingStocks();
        }
    }

    @Nested
    class Applications extends ApplicationRepositoryContract {
        @Override
        protected ApplicationRepository newApplicationRepository() {
            return fresh().applications();
        }
    }

    @Nested
    class ProtectionReferrals extends SupportServicesContracts.ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newReferralRepository() {
            return fresh().protectionReferrals();
        }
    }

    @Nested
    class Youth extends SupportServicesContracts.YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthRepository() {
            return fresh().youthSupport();
        }
    }

    @Nested
    class Prisoners extends JusticeAndResocializationContracts.PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return fresh().prisonerSupport();
        }
    }

    @Nested
    class Stays extends JusticeAndResocializationContracts.ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newAccommodationRepository() {
            return fresh().releasedAccommodation();
        }
    }

    @Nested
    class Resocializations extends JusticeAndResocializationContracts.ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return fresh().resocializations();
        }
    }

    @Nested
    class Families extends SupportServicesContracts.FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyRepository() {
            return fresh().familyServices();
        }
    }

    @Nested
    class Groups extends SupportServicesContracts.CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newGroupRepository() {
            return fresh().counsellingGroups();
        }
    }

    @Nested
    class Homes extends SupportServicesContracts.SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newHomeRepository() {
            return fresh().substituteHomes();
        }
    }

    @Nested
    class WaitingLists extends WaitingListRepositoryContract {
        @Override
        protected WaitingListRepository newWaitingListRepository() {
            return fresh().waitingLists();
        }
    }

    @Test
    @DisplayName("a saved stock is one JSON file with its version; a damaged file loads as a typed error, quoting no content")
    void damagedFile() throws IOException {
        Path dir = root.resolve("damaged");
        HousingStockRepository stocks = JsonFileRepositories.in(dir).housingStocks();
        HousingStock stock = Samples.housingStock(new SplittableRandom(5));
        assertEquals(1L, stocks.save(stock.id(), stock, 0).get());
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("housing-stock"))) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String content = Files.readString(file);
        assertTrue(content.startsWith("{\"version\":1,\"document\":{\"type\":\"housing-stock\""), content);
        Files.writeString(file, content.substring(0, content.length() / 2));
        RepositoryError error = stocks.load(stock.id()).getLeft();
        assertInstanceOf(RepositoryError.Unavailable.class, error);
        assertFalse(error.message().contains(content.substring(40, 60)));
        assertInstanceOf(RepositoryError.Unavailable.class, stocks.save(stock.id(), stock, 1).getLeft(), "nothing is written over it");
        try (Stream<Path> files = Files.list(dir.resolve("housing-stock"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
