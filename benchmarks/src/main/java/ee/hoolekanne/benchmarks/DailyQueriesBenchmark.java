package ee.hoolekanne.benchmarks;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.DeadlineWatch;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.Allocation;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.port.out.WaitingListRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The queries caseworkers run every morning, on the store of {@link PersistenceBenchmark}
 * ({@code cases} social housing cases in service, submitted over two years) on H2 and PostgreSQL:
 *
 * <ul>
 *   <li>{@code deadlineWatch_adapter}: the caseworker's morning list through
 *       {@link DeadlineWatchService#queryDeadlines}: one query of the open obligations, each with
 *       its deadline intact. The morning is the day by which {@link #DUE_ON_THE_MORNING} cases are
 *       due. Against {@code deadlineWatch_loadEachCase}, in the same run: the way of 0.1, finding
 *       the due cases through the due-date index, loading each whole and computing its
 *       obligations again.</li>
 *   <li>{@code waitingList_adapter}: the waiting list for bed places in order (TSM-11), from a list
 *       of {@code cases / 10} waiting cases.</li>
 *   <li>{@code freeBedPlaces_adapter}: the bed places free on a random day
 *       ({@code findFree}, answered by the database), against {@code freeBedPlaces_wholeStock}: the
 *       same answer from loading the whole stock ({@link HousingStock#freeUnits}), in the same run.
 *       The stock has {@link #UNITS} units and {@code cases / 10} past and present allocations.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DailyQueriesBenchmark {

    /** How many cases the deadline watch finds due on the benchmark's morning. */
    static final int DUE_ON_THE_MORNING = 500;
    /** The stock's units: four bed places for every separate dwelling. */
    static final int UNITS = 1_000;
    private static final String STOCK = "tartu-social-housing";
    private static final String LIST = "tartu-waiting-list";
    private static final LocalDate HISTORY_START = LocalDate.of(2021, 1, 4);

    /** The seeded store with a stock and a waiting list. */
    @State(Scope.Benchmark)
    public static class Daily {
        @Param({"H2", "POSTGRESQL"})
        public String database;

        @Param({"100000"})
        public int cases;

        final PersistenceBenchmark.Store store = new PersistenceBenchmark.Store();
        final SocialHousingSchedule schedule = SocialHousingSchedule.tartu();
        DeadlineWatchService watch;
        HousingStockRepository stocks;
        WaitingListRepository lists;
        LocalDate morning;
        LocalDate lastAllocatedDay;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            store.database = database;
            store.cases = cases;
            store.setUp();
            watch = new DeadlineWatchService(store.jdbc.openObligations(), schedule.calendar(), List.of());
            stocks = store.jdbc.housingStocks();
            lists = store.jdbc.waitingLists();
            List<LocalDate> due = new ArrayList<>(store.nextDue);
            due.sort(null);
            morning = due.get(Math.min(DUE_ON_THE_MORNING, due.size()) - 1);
            HousingStock stock = stock(cases / 10, new SplittableRandom(4));
            ok(stocks.save(STOCK, stock, 0));
            lastAllocatedDay = stock.allocations().stream().map(Allocation::until).max(LocalDate::compareTo).orElse(HISTORY_START);
            ok(lists.save(LIST, waitingList(cases / 10, new SplittableRandom(11)), 0));
            List<Obligation> dueObligations = ok(watch.queryDeadlines(new QueryDeadlinesCommand(morning, 0)));
            System.out.printf("%n[daily] %s: %d cases, %d obligations of %d cases due by %s; stock of %d units with %d allocations; %d waiting%n",
                    database, cases, dueObligations.size(), dueObligations.stream().map(Obligation::caseId).distinct().count(), morning,
                    UNITS, stock.allocations().size(), cases / 10);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            store.tearDown();
        }

        /**
         * A stock of {@link #UNITS} units, each occupied in turn by stays of 2 to 12 weeks with gaps
         * of up to 4 weeks, {@code allocations} stays in all (built directly: allocating one by one
         * would check every earlier stay each time).
         */
        static HousingStock stock(int allocations, SplittableRandom random) {
            List<HousingUnit> units = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                units.add(i % 5 == 4 ? HousingUnit.separateDwelling("flat-" + i, "Kastani " + i)
                        : HousingUnit.bedPlace("bed-" + i, "Kastani " + (i / 20), "room " + (i / 4)));
            }
            List<Allocation> stays = new ArrayList<>();
            LocalDate[] free = new LocalDate[UNITS];
            java.util.Arrays.fill(free, HISTORY_START);
            for (int n = 0; n < allocations; n++) {
                int u = n % UNITS;
                LocalDate from = free[u].plusDays(random.nextInt(28));
                LocalDate until = from.plusDays(14 + random.nextInt(70));
                stays.add(new Allocation(units.get(u).id(), new CaseId("stay-" + n), from, until));
                free[u] = until.plusDays(1);
            }
            return new HousingStock(STOCK, units, stays);
        }

        /**
         * A waiting list of {@code size} cases, listed as their applications completed over two
         * years (each joins the end of the list, as in daily use; see the README on lists built
         * out of order).
         */
        static WaitingList waitingList(int size, SplittableRandom random) {
            WaitingList list = WaitingList.empty(LIST);
            for (int i = 0; i < size; i++) {
                LocalDate completed = HISTORY_START.plusDays(730L * i / size);
                PlacementKind kind = i % 3 == 0 ? PlacementKind.SEPARATE_DWELLING : PlacementKind.BED_PLACE;
                list = ok(list.add(new CaseId("waiting-" + i), kind, completed, completed.plusDays(random.nextInt(20))));
            }
            return list;
        }

        LocalDate randomDay(PersistenceBenchmark.Pick pick) {
            long days = lastAllocatedDay.toEpochDay() - HISTORY_START.toEpochDay();
            return HISTORY_START.plusDays(pick.next((int) days));
        }
    }

    @Benchmark
    public Either<CaseFailure<Void>, List<Obligation>> deadlineWatch_adapter(Daily daily) {
        return daily.watch.queryDeadlines(new QueryDeadlinesCommand(daily.morning, 0));
    }

    /**
     * The baseline, as 0.1 answered the morning list: the ids of the cases due by the morning from
     * the due-date index, then each case loaded whole and its obligations computed again by the
     * domain.
     */
    @Benchmark
    public Either<RepositoryError, List<Obligation>> deadlineWatch_loadEachCase(Daily daily) {
        return daily.store.dueCaseIds(daily.morning).flatMap(ids -> {
            List<Obligation> due = new ArrayList<>();
            for (CaseId id : ids) {
                Either<RepositoryError, Option<Versioned<Application>>> loaded = daily.store.repository.load(id);
                if (loaded.isLeft()) {
                    return Either.left(loaded.getLeft());
                }
                loaded.get().forEach(stored -> stored.value().openObligations(daily.schedule).stream()
                        .filter(o -> !o.deadline().dueDate().isAfter(daily.morning)).forEach(due::add));
            }
            due.sort(DeadlineWatch.ORDER);
            return Either.right(due);
        });
    }

    @Benchmark
    public Either<RepositoryError, List<WaitingList.Position>> waitingList_adapter(Daily daily) {
        return daily.lists.load(LIST).map(found -> found.get().value().positions(PlacementKind.BED_PLACE));
    }

    @Benchmark
    public Either<RepositoryError, List<HousingUnit>> freeBedPlaces_adapter(Daily daily, PersistenceBenchmark.Pick pick) {
        return daily.stocks.findFree(STOCK, PlacementKind.BED_PLACE, daily.randomDay(pick));
    }

    @Benchmark
    public Either<RepositoryError, List<HousingUnit>> freeBedPlaces_wholeStock(Daily daily, PersistenceBenchmark.Pick pick) {
        LocalDate day = daily.randomDay(pick);
        return daily.stocks.load(STOCK).map(found -> found.get().value().freeUnits(PlacementKind.BED_PLACE, day, day));
    }

    private static <E, T> T ok(Either<E, T> result) {
        return result.getOrElseThrow(e -> new IllegalStateException("the benchmark's setup failed: " + e));
    }
}
