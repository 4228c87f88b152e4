package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingPorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight caseworkers at once through {@link SocialHousingService} on a set of persistence
 * adapters: exactly one of each set of conflicting writes wins, no bed place is double-booked, no
 * write is lost, and the losers' cases are unchanged. Extend it with the ports to test (the
 * repositories, and the obligations, audit sink and transactions they join); the register,
 * notifier and clock come from {@code memory}.
 */
public abstract class SocialHousingConcurrencyContract {

    private static final String STOCK = "stock";
    private static final LocalDate ON = LocalDate.of(2026, 1, 12);

    /** The service's ports to test, fresh and empty; take what is not under test from {@code memory}. */
    protected abstract SocialHousingPorts ports(InMemoryAdapters memory);

    /** The ports every service runs on, joined by {@link #ports}' repositories; by default {@code memory}'s. */
    protected CasePorts casePorts(InMemoryAdapters memory) {
        return memory.casePorts();
    }

    private SocialHousingPorts ports;
    private SocialHousingService service;

    private void setUp(int beds, int cases) {
        setUp(beds, cases, false);
    }

    /** {@code beds} bed places (taken by earlier residents until the end of February when {@code taken}) and {@code cases} assessed cases. */
    private void setUp(int beds, int cases, boolean taken) {
        setUp(beds, cases, taken, false);
    }

    /** As {@link #setUp(int, int, boolean)}, each case of two adults without a child when {@code couples} (TSM-4). */
    private void setUp(int beds, int cases, boolean taken, boolean couples) {
        InMemoryAdapters memory = InMemoryAdapters.create(ON);
        ports = ports(memory);
        CasePorts kernel = casePorts(memory);
        HousingStock stock = HousingStock.empty(STOCK);
        for (int i = 1; i <= beds; i++) {
            stock = orFail(stock.withUnit(HousingUnit.bedPlace("bed-" + i, "Pikk 1", "room 1")));
            if (taken) {
                stock = orFail(stock.allocate(new UnitId("bed-" + i), ee.hoolekanne.domain.household.PlacementKind.BED_PLACE,
                        new CaseId("earlier-" + i), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28)));
            }
        }
        orFail(ports.stocks().save(STOCK, stock, 0));
        service = new SocialHousingService(ports, kernel, SocialHousingSettings.tartu(STOCK, "list"));
        SplittableRandom random = new SplittableRandom(cases);
        for (int i = 0; i < cases; i++) {
            Household h = couples ? new Household(SocialHousingCases.single(random).applicant(),
                    List.of(SocialHousingCases.single(random).applicant())) : SocialHousingCases.single(random);
            memory.register().register(h.applicant(), LocalDate.of(2015, 1, 1), "Tartu linn");
            CaseId id = new CaseId("c" + i);
            orFail(service.submitApplication(new SubmitApplicationCommand(id, SocialHousingCases.completeForm(h), LocalDate.of(2026, 1, 5))));
            orFail(service.assessApplication(new AssessApplicationCommand(id, SocialHousingCases.assessment(LocalDate.of(2026, 1, 7)))));
        }
    }

    private static List<Either<CaseFailure<SocialHousingError>, Application>> runAll(List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Either<CaseFailure<SocialHousingError>, Application>>> futures = new ArrayList<>();
            for (Callable<Either<CaseFailure<SocialHousingError>, Application>> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Either<CaseFailure<SocialHousingError>, Application>> results = new ArrayList<>();
            for (Future<Either<CaseFailure<SocialHousingError>, Application>> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DecideApplicationCommand grant(int caseNo, String unit, int decisionNo) {
        return new DecideApplicationCommand(new CaseId("c" + caseNo), new DecisionId("K-" + decisionNo),
                SocialHousingCases.COMMITTEE, ON, new Outcome.Grant(new UnitId(unit), LocalDate.of(2026, 7, 12)), SocialHousingCases.reasons(ON));
    }

    @RepeatedTest(5)
    @DisplayName("TSM-9: 8 threads granting 8 cases the same bed place: exactly one wins, the bed place is booked once, the others stay assessed")
    void oneBedPlaceEightCases() throws Exception {
        setUp(1, 8);
        List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> service.decideApplication(grant(n, "bed-1", n)));
        }
        List<Either<CaseFailure<SocialHousingError>, Application>> results = runAll(tasks);
        assertEquals(1, results.stream().filter(Either::isRight).count());
        results.stream().filter(Either::isLeft).forEach(r -> assertTrue(r.getLeft() instanceof CaseFailure.Refused<?> refused
                && refused.error() instanceof SocialHousingError.Stock, r.getLeft().message()));
        assertEquals(1, ports.stocks().load(STOCK).get().get().value().allocations().size());
        List<Application> active = ports.cases().findOpen().get();
        assertEquals(1, active.stream().filter(a -> a instanceof Application.Granted).count());
        assertEquals(7, active.stream().filter(a -> a instanceof Application.Assessed).count(), "no write is lost or half-done");
    }

    @RepeatedTest(3)
    @DisplayName("TSM-9, TSM-11: 8 threads granting 8 wait-listed cases 4 freed bed places (two per place): each place granted once, "
            + "the winners off the waiting list, the losers still on it, case, stock and list all or nothing")
    void waitListedCasesRaceForFreedPlaces() throws Exception {
        setUp(4, 8, true);
        for (int i = 0; i < 8; i++) {
            orFail(service.decideApplication(new DecideApplicationCommand(new CaseId("c" + i), new DecisionId("W-" + i),
                    SocialHousingCases.COMMITTEE, ON, new Outcome.WaitList(), SocialHousingCases.reasons(ON))));
        }
        LocalDate march = LocalDate.of(2026, 3, 2);
        List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> service.decideApplication(new DecideApplicationCommand(new CaseId("c" + n), new DecisionId("G-" + n),
                    SocialHousingCases.COMMITTEE, march, new Outcome.Grant(new UnitId("bed-" + (n % 4 + 1)), LocalDate.of(2026, 8, 31)), SocialHousingCases.reasons(march))));
        }
        List<Either<CaseFailure<SocialHousingError>, Application>> results = runAll(tasks);
        List<Application> granted = results.stream().filter(Either::isRight).map(Either::get).toList();
        assertEquals(4, granted.size(), "one grant per freed place");
        results.stream().filter(Either::isLeft).forEach(r -> assertTrue(r.getLeft() instanceof CaseFailure.Refused<?> refused
                && refused.error() instanceof SocialHousingError.Stock, r.getLeft().message()));
        HousingStock stock = ports.stocks().load(STOCK).get().get().value();
        assertEquals(8, stock.allocations().size(), "the 4 earlier stays and the 4 new ones");
        assertEquals(4, stock.allocations().stream().filter(a -> a.caseId().value().startsWith("c")).map(a -> a.unit()).distinct().count(),
                "no bed place twice");
        java.util.Set<CaseId> winners = granted.stream().map(Application::id).collect(java.util.stream.Collectors.toSet());
        List<CaseId> listed = ports.waitingLists().load("list").get().get().value().entries().stream().map(e -> e.caseId()).toList();
        assertEquals(4, listed.size(), "the losers are still waiting");
        assertTrue(listed.stream().noneMatch(winners::contains), "every winner left the list with its grant");
        for (int i = 0; i < 8; i++) {
            Application stored = ports.cases().load(new CaseId("c" + i)).get().get().value();
            assertEquals(winners.contains(stored.id()) ? "Granted" : "WaitListed", stored.state(), "no case half-decided");
        }
    }

    @RepeatedTest(3)
    @DisplayName("TSM-4: 8 threads granting 8 couples overlapping pairs of 4 bed places: every winner holds both its places, no one holds one, no place twice")
    void couplesGetBothPlacesOrNeither() throws Exception {
        setUp(4, 8, false, true);
        List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> service.decideApplication(new DecideApplicationCommand(new CaseId("c" + n), new DecisionId("K-" + n),
                    SocialHousingCases.COMMITTEE, ON, new Outcome.Grant(List.of(new UnitId("bed-" + (n % 4 + 1)),
                    new UnitId("bed-" + ((n + 1) % 4 + 1))), LocalDate.of(2026, 7, 12)), SocialHousingCases.reasons(ON))));
        }
        List<Either<CaseFailure<SocialHousingError>, Application>> results = runAll(tasks);
        List<Application> winners = results.stream().filter(Either::isRight).map(Either::get).toList();
        assertTrue(!winners.isEmpty() && winners.size() <= 2, "one or two disjoint pairs of four places: " + winners.size());
        HousingStock stock = ports.stocks().load(STOCK).get().get().value();
        assertEquals(2 * winners.size(), stock.allocations().size(), "two places for each winner, none for anyone else");
        assertEquals(stock.allocations().size(), stock.allocations().stream().map(a -> a.unit()).distinct().count(), "no place twice");
        for (Application winner : winners) {
            Application.Granted granted = (Application.Granted) winner;
            assertEquals(java.util.Set.copyOf(granted.units()), stock.allocations().stream().filter(a -> a.caseId().equals(winner.id()))
                    .map(a -> a.unit()).collect(java.util.stream.Collectors.toSet()), "a winner holds both its places");
        }
        for (int i = 0; i < 8; i++) {
            Application stored = ports.cases().load(new CaseId("c" + i)).get().get().value();
            boolean won = winners.stream().anyMatch(w -> w.id().equals(stored.id()));
            assertEquals(won ? "Granted" : "Assessed", stored.state(), "no case half-granted");
        }
    }

    @RepeatedTest(5)
    @DisplayName("X-4: 8 threads deciding the same case: one decision wins, and only its bed place stays booked")
    void oneCaseEightDecisions() throws Exception {
        setUp(8, 1);
        List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> service.decideApplication(grant(0, "bed-" + (n + 1), n)));
        }
        List<Either<CaseFailure<SocialHousingError>, Application>> results = runAll(tasks);
        List<Application> wins = results.stream().filter(Either::isRight).map(Either::get).toList();
        assertEquals(1, wins.size());
        results.stream().filter(Either::isLeft).forEach(r -> assertTrue(r.getLeft() instanceof CaseFailure.VersionConflict
                || r.getLeft() instanceof CaseFailure.WrongState, r.getLeft().message()));
        Application.Granted winner = (Application.Granted) wins.get(0);
        HousingStock stock = ports.stocks().load(STOCK).get().get().value();
        assertEquals(1, stock.allocations().size(), "the losers gave their bed places back");
        assertEquals(winner.units(), List.of(stock.allocations().get(0).unit()));
        assertEquals(winner, ports.cases().load(new CaseId("c0")).get().get().value());
    }

    @RepeatedTest(5)
    @DisplayName("TSM-12: 8 threads signing different contracts for the same delivered case: exactly one contract is stored")
    void oneCaseEightContracts() throws Exception {
        setUp(1, 1);
        orFail(service.decideApplication(grant(0, "bed-1", 0)));
        orFail(service.deliverDecision(new ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand(new CaseId("c0"),
                new ee.hoolekanne.domain.decision.Delivery(ee.hoolekanne.domain.decision.DeliveryMethod.IN_PERSON,
                        Instant.parse("2026-01-13T09:00:00Z")))));
        Application delivered = ports.cases().load(new CaseId("c0")).get().get().value();
        List<Callable<Either<CaseFailure<SocialHousingError>, Application>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> service.signContract(new ee.hoolekanne.port.in.socialhousing.SignContractCommand(new CaseId("c0"),
                    new ee.hoolekanne.domain.socialhousing.ServiceContract("K-" + n, ee.hoolekanne.domain.socialhousing.ShelterProvider.VARJUPAIK,
                            List.of(delivered.household().applicant()), LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 14),
                            LocalDate.of(2026, 7, 12)))));
        }
        List<Either<CaseFailure<SocialHousingError>, Application>> results = runAll(tasks);
        List<Application> wins = results.stream().filter(Either::isRight).map(Either::get).toList();
        assertEquals(1, wins.size());
        Application stored = ports.cases().load(new CaseId("c0")).get().get().value();
        assertEquals(wins.get(0), stored, "the winner's contract is the one stored; no write is lost or mixed");
    }
}
