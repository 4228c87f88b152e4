package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.contract.ApplicationRepositoryContract;
import ee.hoolekanne.testkit.contract.CounsellingGroupRepositoryContract;
import ee.hoolekanne.testkit.contract.FamilyServicesRepositoryContract;
import ee.hoolekanne.testkit.contract.HousingStockRepositoryContract;
import ee.hoolekanne.testkit.contract.JusticeServicesContract;
import ee.hoolekanne.testkit.contract.OpenObligationsContract;
import ee.hoolekanne.testkit.contract.OutboxContract;
import ee.hoolekanne.testkit.contract.PrisonerSupportRepositoryContract;
import ee.hoolekanne.testkit.contract.ProtectionReferralRepositoryContract;
import ee.hoolekanne.testkit.contract.ProtectionServiceContract;
import ee.hoolekanne.testkit.contract.ReleasedAccommodationRepositoryContract;
import ee.hoolekanne.testkit.contract.ResocializationRepositoryContract;
import ee.hoolekanne.testkit.contract.ResocializationServiceContract;
import ee.hoolekanne.testkit.contract.Storage;
import ee.hoolekanne.testkit.contract.SubstituteCareServiceContract;
import ee.hoolekanne.testkit.contract.SubstituteHomeRepositoryContract;
import ee.hoolekanne.testkit.contract.WaitingListRepositoryContract;
import ee.hoolekanne.testkit.contract.YouthSupportRepositoryContract;
import ee.hoolekanne.testkit.contract.YouthSupportServiceContract;
import ee.hoolekanne.testkit.gen.ObligationSamples;
import ee.hoolekanne.testkit.inmemory.InMemoryAuditSink;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON-file repositories pass the testkit's contracts (every repository, the open
 * obligations, the outbox, and every service's use cases run on them); one owner per folder, enforced; no lost update under concurrent writers; a damaged
 * file is a typed error.
 */
class JsonFileRepositoriesTest {

    private static final AtomicInteger FOLDERS = new AtomicInteger();
    private static final List<JsonFileRepositories> OPENED = new CopyOnWriteArrayList<>();

    @TempDir
    static Path root;

    private static JsonFileRepositories fresh() {
        JsonFileRepositories files = JsonFileRepositories.in(root.resolve("store-" + FOLDERS.incrementAndGet()));
        OPENED.add(files);
        return files;
    }

    @AfterAll
    static void closeAll() {
        OPENED.forEach(JsonFileRepositories::close);
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
    class ProtectionReferrals extends ProtectionReferralRepositoryContract {
        @Override
        protected ProtectionReferralRepository newProtectionReferralRepository() {
            return fresh().protectionReferrals();
        }
    }

    @Nested
    class Youth extends YouthSupportRepositoryContract {
        @Override
        protected YouthSupportRepository newYouthSupportRepository() {
            return fresh().youthSupport();
        }
    }

    @Nested
    class Prisoners extends PrisonerSupportRepositoryContract {
        @Override
        protected PrisonerSupportRepository newPrisonerSupportRepository() {
            return fresh().prisonerSupport();
        }
    }

    @Nested
    class Stays extends ReleasedAccommodationRepositoryContract {
        @Override
        protected ReleasedAccommodationRepository newReleasedAccommodationRepository() {
            return fresh().releasedAccommodation();
        }
    }

    @Nested
    class Resocializations extends ResocializationRepositoryContract {
        @Override
        protected ResocializationRepository newResocializationRepository() {
            return fresh().resocializations();
        }
    }

    @Nested
    class Families extends FamilyServicesRepositoryContract {
        @Override
        protected FamilyServicesRepository newFamilyServicesRepository() {
            return fresh().familyServices();
        }
    }

    @Nested
    class Groups extends CounsellingGroupRepositoryContract {
        @Override
        protected CounsellingGroupRepository newCounsellingGroupRepository() {
            return fresh().counsellingGroups();
        }
    }

    @Nested
    class Homes extends SubstituteHomeRepositoryContract {
        @Override
        protected SubstituteHomeRepository newSubstituteHomeRepository() {
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

    @Nested
    class Obligations extends OpenObligationsContract {
        @Override
        protected Store newStore() {
            JsonFileRepositories files = fresh();
            return new Store(files.openObligations(), files.transactions());
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected Store newStore() {
            JsonFileRepositories files = fresh();
            return new Store(files.outbox(), files.transactions());
        }
    }

    /** The files and an in-memory audit sink (the JSON adapters keep no audit trail of their own). */
    private static Storage freshStorage() {
        JsonFileRepositories files = fresh();
        return new Storage(files.cases(), files.housingStocks(), files.waitingLists(), files.openObligations(), files.outbox(),
                new InMemoryAuditSink(), files.transactions());
    }

    @Nested
    class ProtectionService extends ProtectionServiceContract {
        @Override
        protected Storage storage() {
            return freshStorage();
        }
    }

    @Nested
    class YouthSupportService extends YouthSupportServiceContract {
        @Override
        protected Storage storage() {
            return freshStorage();
        }
    }

    @Nested
    class SubstituteCareServices extends SubstituteCareServiceContract {
        @Override
        protected Storage storage() {
            return freshStorage();
        }
    }

    @Nested
    class JusticeServices extends JusticeServicesContract {
        @Override
        protected Storage storage() {
            return freshStorage();
        }
    }

    @Nested
    class ResocializationService extends ResocializationServiceContract {
        @Override
        protected Storage storage() {
            return freshStorage();
        }
    }

    @Test
    @DisplayName("a second owner of a folder, in this process or another, is refused with a typed error until the first closes it")
    void oneOwnerPerFolder() throws Exception {
        Path dir = root.resolve("owned");
        try (JsonFileRepositories first = JsonFileRepositories.open(dir).get()) {
            assertEquals(Either.left(new JsonFileRepositories.FolderError.OwnedByAnother()), JsonFileRepositories.open(dir).map(f -> "opened"));
            assertEquals("OwnedByAnother", SecondOwner.tryInAnotherProcess(dir), "another process is refused as well");
            HousingStock stock = HousingStock.empty("s");
            assertEquals(1L, first.housingStocks().save("s", stock, 0).get());
        }
        assertEquals("opened", SecondOwner.tryInAnotherProcess(dir), "a closed folder can be opened by another process");
        try (JsonFileRepositories again = JsonFileRepositories.open(dir).get()) {
            assertEquals(1L, again.housingStocks().load("s").get().get().version(), "the new owner reads what the first wrote");
        }
        JsonFileRepositories closed = JsonFileRepositories.open(dir).get();
        HousingStockRepository stocks = closed.housingStocks();
        closed.close();
        assertInstanceOf(RepositoryError.Unavailable.class, stocks.load("s").getLeft(), "a closed owner's repositories refuse to work");
        Path file = Files.createFile(root.resolve("not-a-folder"));
        assertInstanceOf(JsonFileRepositories.FolderError.Unusable.class, JsonFileRepositories.open(file).getLeft());
    }

    @Test
    @DisplayName("8 threads adding units to one stock and replacing the obligations of their own cases of one kind (one file) lose no update")
    void noLostUpdate() throws Exception {
        JsonFileRepositories files = fresh();
        files.housingStocks().save("tartu", HousingStock.empty("tartu"), 0).get();
        List<List<Obligation>> cases = ObligationSamples.byCase(new SplittableRandom(3)).stream()
                .filter(c -> c.get(0).kind() == CaseKind.SOCIAL_HOUSING).limit(8).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            HousingStockRepository stocks = files.housingStocks();
            done.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    String unit = "unit-" + thread + "-" + i;
                    while (true) {
                        Versioned<HousingStock> current = stocks.load("tartu").get().get();
                        HousingStock next = current.value().withUnit(HousingUnit.bedPlace(unit, "Kastani 1", "room " + thread)).get();
                        if (stocks.save("tartu", next, current.version()).isRight()) {
                            break;
                        }
                    }
                    if (thread < cases.size()) {
                        List<Obligation> own = cases.get(thread);
                        files.openObligations().replace(own.get(0).kind(), own.get(0).caseId(), own.subList(0, 1 + i % own.size())).get();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(80, files.housingStocks().load("tartu").get().get().value().units().size(), "every unit added is there");
        List<Obligation> stored = files.openObligations().dueBy(java.time.LocalDate.of(2100, 1, 1)).get();
        for (int thread = 0; thread < Math.min(8, cases.size()); thread++) {
            List<Obligation> own = cases.get(thread);
            assertEquals(own.subList(0, 1 + 9 % own.size()).size(),
                    stored.stream().filter(o -> o.caseId().equals(own.get(0).caseId())).count(), "case " + thread + " keeps its last replace");
        }
    }

    @Test
    @DisplayName("a damaged obligations file reads as a typed error quoting no content")
    void damagedObligations() throws IOException {
        Path dir = root.resolve("damaged-obligations");
        JsonFileRepositories files = JsonFileRepositories.in(dir);
        OPENED.add(files);
        List<Obligation> one = ObligationSamples.byCase(new SplittableRandom(4)).get(0);
        files.openObligations().replace(one.get(0).kind(), one.get(0).caseId(), one).get();
        Path file;
        try (Stream<Path> all = Files.list(dir.resolve("open-obligations"))) {
            file = all.findFirst().orElseThrow();
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        for (String broken : List.of(content.substring(0, content.length() / 2), content.replace("\"dueDate\":\"", "\"dueDate\":\"x"),
                content.replaceFirst("\"duty\":\"[A-Z_]+\"", "\"duty\":\"SING\""), "[]", "")) {
            Files.writeString(file, broken, StandardCharsets.UTF_8);
            RepositoryError error = files.openObligations().dueBy(java.time.LocalDate.of(2100, 1, 1)).getLeft();
            assertInstanceOf(RepositoryError.Unavailable.class, error);
            assertFalse(error.message().contains(one.get(0).caseId().value()), error.message());
        }
    }

    @Test
    @DisplayName("a saved stock is one JSON file with its version; a damaged file loads as a typed error, quoting no content")
    void damagedFile() throws IOException {
        Path dir = root.resolve("damaged");
        JsonFileRepositories files = JsonFileRepositories.in(dir);
        OPENED.add(files);
        HousingStockRepository stocks = files.housingStocks();
        HousingStock stock = Samples.housingStock(new SplittableRandom(5));
        assertEquals(1L, stocks.save(stock.id(), stock, 0).get());
        Path file;
        try (Stream<Path> listed = Files.list(dir.resolve("housing-stock"))) {
            file = listed.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String content = Files.readString(file);
        assertTrue(content.startsWith("{\"version\":1,\"document\":{\"type\":\"housing-stock\""), content);
        Files.writeString(file, content.substring(0, content.length() / 2));
        RepositoryError error = stocks.load(stock.id()).getLeft();
        assertInstanceOf(RepositoryError.Unavailable.class, error);
        assertFalse(error.message().contains(content.substring(40, 60)));
        assertInstanceOf(RepositoryError.Unavailable.class, stocks.save(stock.id(), stock, 1).getLeft(), "nothing is written over it");
        try (Stream<Path> listed = Files.list(dir.resolve("housing-stock"))) {
            assertEquals(1, listed.count(), "no temporary file is left behind");
        }
    }
}
