package ee.hoolekanne.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
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

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JDBC adapter at scale: a store of {@code cases} social housing cases (each in service, with
 * its household, decision, contract, action plan and history) on H2 (a file under
 * {@code target/}) and on an embedded PostgreSQL, both behind a HikariCP pool of 8.
 *
 * <ul>
 *   <li>{@code saveCase_adapter}: saves one new case through {@link ApplicationRepository#save};
 *       {@code saveCase_raw}: writes exactly the same rows (captured from the adapter's own save
 *       of a template case, with the case id replaced) as raw batched JDBC inserts in one
 *       transaction, the fastest a hand-written insert could be. Their ratio is the adapter's
 *       cost; the target is at most 2x (at least half the raw rate).</li>
 *   <li>{@code loadCase_adapter}: loads a random stored case by id.</li>
 *   <li>{@code personsCases_adapter}: subject access for a random stored person (TSM-18): their
 *       cases of every service and their audit records, each through an index.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PersistenceBenchmark {

    private static final LocalDate START = LocalDate.of(2024, 1, 8);
    /** The seeded cases start on days spread over this many days from {@link #START}. */
    private static final int SPREAD_DAYS = 730;

    /** One database with its stored cases. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"H2", "POSTGRESQL"})
        public String database;

        @Param({"100000"})
        public int cases;

        private EmbeddedPostgres postgres;
        private Path h2File;
        private HikariDataSource pool;
        JdbcAdapters jdbc;
        ApplicationRepository repository;
        SubjectAccess subjectAccess;
        /** Each stored case's earliest due date under the Tartu schedule (none: nothing open); the template is stored too. */
        final List<LocalDate> nextDue = new ArrayList<>();
        final List<CaseId> ids = new ArrayList<>();
        final List<PersonalCode> persons = new ArrayList<>();
        private Application template;
        private List<CapturedInsert> templateRows;
        final AtomicLong fresh = new AtomicLong();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            DataSource raw = switch (database) {
                case "H2" -> {
                    Path dir = Path.of("target", "bench-h2");
                    Files.createDirectories(dir);
                    JdbcDataSource h2 = new JdbcDataSource();
                    h2File = dir.toAbsolutePath().resolve("hoolekanne-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                    h2.setURL("jdbc:h2:file:" + h2File);
                    yield h2;
                }
                case "POSTGRESQL" -> {
                    postgres = EmbeddedPostgres.builder().start();
                    yield postgres.getPostgresDatabase();
                }
                default -> throw new IllegalArgumentException("unknown database " + database);
            };
            HikariConfig config = new HikariConfig();
            config.setDataSource(raw);
            config.setMaximumPoolSize(8);
            pool = new HikariDataSource(config);
            jdbc = JdbcAdapters.migrate(pool);
            repository = jdbc.applications();
            subjectAccess = jdbc.subjectAccess();
            seed();
            template = inService("template", new SplittableRandom(1));
            templateRows = capture(JdbcAdapters.migrate(capturing(pool)).applications(), template);
            nextDue(template, SocialHousingSchedule.tartu()).forEach(nextDue::add);
            ok(jdbc.openObligations().replace(CaseKind.SOCIAL_HOUSING, template.id(), template.openObligations(SocialHousingSchedule.tartu())));
        }

        /**
         * The ids of the social housing cases with an obligation due by {@code morning}, through the
         * due-date index: the first half of the morning list as 0.1 answered it.
         */
        Either<RepositoryError, List<CaseId>> dueCaseIds(LocalDate morning) {
            try (Connection c = pool.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id FROM \"" + jdbc.schema()
                         + "\".open_obligation WHERE kind = 'social-housing' AND due_date <= ? ORDER BY case_id")) {
                ps.setObject(1, morning);
                List<CaseId> ids = new ArrayList<>();
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new CaseId(rs.getString(1)));
                    }
                }
                return Either.right(ids);
            } catch (SQLException e) {
                return Either.left(new RepositoryError.Unavailable("due cases: SQL state " + e.getSQLState()));
            }
        }

        /** The case whose rows {@link #rawInsert} writes again under other ids. */
        Application template() {
            return template;
        }

        /** The earliest due date of the case's open obligations, none when it has none. */
        static Option<LocalDate> nextDue(Application app, SocialHousingSchedule schedule) {
            return Option.ofOptional(app.openObligations(schedule).stream().map(o -> o.deadline().dueDate()).min(LocalDate::compareTo));
        }

        /**
         * Stores {@code cases} cases through the adapter, from 4 threads, and their open obligations
         * in the read model (in one replace, as {@code recomputeObligations} would).
         */
        private void seed() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Application>>> parts = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int part = t;
                    parts.add(threads.submit(() -> {
                        SplittableRandom random = new SplittableRandom(86 + part);
                        List<Application> saved = new ArrayList<>();
                        for (int i = part; i < cases; i += 4) {
                            Application app = inService("case-" + i, random);
                            ok(repository.save(app.id(), app, 0));
                            saved.add(app);
                        }
                        return saved;
                    }));
                }
                SocialHousingSchedule schedule = SocialHousingSchedule.tartu();
                List<Obligation> open = new ArrayList<>();
                for (Future<List<Application>> part : parts) {
                    for (Application app : part.get()) {
                        ids.add(app.id());
                        persons.add(app.household().applicant());
                        nextDue(app, schedule).forEach(nextDue::add);
                        open.addAll(app.openObligations(schedule));
                    }
                }
                ok(jdbc.openObligations().replaceAll(CaseKind.SOCIAL_HOUSING, open));
            } finally {
                threads.shutdown();
            }
        }

        /** A case in service under {@code id}, with a random household, submitted on a random day of two years. */
        static Application inService(String id, SplittableRandom random) {
            LocalDate submitted = START.plusDays(random.nextInt(SPREAD_DAYS));
            return SocialHousingCases.journey(new CaseId(id), SocialHousingCases.family(random), submitted).stream()
                    .filter(a -> a instanceof Application.InService).findFirst().orElseThrow();
        }

        /** Writes the template's rows under {@code id} with raw batched inserts in one transaction. */
        void rawInsert(String id) throws SQLException {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                for (CapturedInsert insert : templateRows) {
                    try (PreparedStatement ps = c.prepareStatement(insert.sql())) {
                        for (List<Object[]> row : insert.rows()) {
                            for (Object[] call : row) {
                                Method setter = (Method) call[0];
                                Object[] args = ((Object[]) call[1]).clone();
                                if (args.length == 2 && template.id().value().equals(args[1])) {
                                    args[1] = id;
                                }
                                invoke(setter, ps, args);
                            }
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            pool.close();
            if (postgres != null) {
                postgres.close();
            }
            if (h2File != null) {
                Files.deleteIfExists(Path.of(h2File + ".mv.db"));
                Files.deleteIfExists(Path.of(h2File + ".trace.db"));
            }
        }
    }

    /** New cases for the adapter's saves, built before the trial so that building them is not measured. */
    @State(Scope.Benchmark)
    public static class Unsaved {
        /** How many: more than a trial saves. */
        private static final int COUNT = 60_000;
        private final List<Application> cases = new ArrayList<>();
        private final AtomicLong next = new AtomicLong();

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < COUNT; i++) {
                cases.add(Store.inService("new-" + i, random));
            }
        }

        Application next() {
            int i = (int) next.getAndIncrement();
            if (i >= cases.size()) {
                throw new IllegalStateException("the trial saved more than " + COUNT + " new cases: raise COUNT");
            }
            return cases.get(i);
        }
    }

    /** A random stored case or person per call. */
    @State(Scope.Thread)
    public static class Pick {
        private final SplittableRandom random = new SplittableRandom(20261122L);

        int next(int bound) {
            return random.nextInt(bound);
        }
    }

    @Benchmark
    public Either<RepositoryError, Long> saveCase_adapter(Store store, Unsaved unsaved) {
        Application app = unsaved.next();
        return store.repository.save(app.id(), app, 0);
    }

    @Benchmark
    public long saveCase_raw(Store store) throws SQLException {
        long n = store.fresh.incrementAndGet();
        store.rawInsert("raw-" + n);
        return n;
    }

    @Benchmark
    public Either<RepositoryError, Option<Versioned<Application>>> loadCase_adapter(Store store, Pick pick) {
        return store.repository.load(store.ids.get(pick.next(store.ids.size())));
    }

    @Benchmark
    public Either<RepositoryError, PersonalDataReport> personsCases_adapter(Store store, Pick pick) {
        return store.subjectAccess.everythingAbout(store.persons.get(pick.next(store.persons.size())));
    }

    // ---- capturing the adapter's inserts ----------------------------------------------------------

    /** One insert statement and, per batched row, its parameter setter calls (method, arguments). */
    record CapturedInsert(String sql, List<List<Object[]>> rows) {
    }

    private static List<CapturedInsert> capture(ApplicationRepository capturingRepository, Application template) {
        CAPTURED.clear();
        ok(capturingRepository.save(template.id(), template, 0));
        List<CapturedInsert> inserts = new ArrayList<>();
        CAPTURED.forEach((sql, rows) -> {
            if (sql.trim().toUpperCase(java.util.Locale.ROOT).startsWith("INSERT")) {
                inserts.add(new CapturedInsert(sql, List.copyOf(rows)));
            }
        });
        return List.copyOf(inserts);
    }

    private static final Map<String, List<List<Object[]>>> CAPTURED = new LinkedHashMap<>();

    private static DataSource capturing(DataSource real) {
        return proxy(DataSource.class, (p, m, args) -> {
            Object result = invoke(m, real, args);
            return result instanceof Connection c ? capturingConnection(c) : result;
        });
    }

    private static Connection capturingConnection(Connection real) {
        return proxy(Connection.class, (p, m, args) -> {
            Object result = invoke(m, real, args);
            if (result instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                String sql = (String) args[0];
                List<List<Object[]>> rows = CAPTURED.computeIfAbsent(sql, s -> new ArrayList<>());
                List<Object[]> current = new ArrayList<>();
                return proxy(PreparedStatement.class, (p2, m2, args2) -> {
                    if (m2.getName().startsWith("set") && args2 != null && args2.length == 2 && args2[0] instanceof Integer) {
                        current.add(new Object[]{m2, args2.clone()});
                    } else if (m2.getName().equals("addBatch") || m2.getName().equals("executeUpdate")) {
                        rows.add(List.copyOf(current));
                        current.clear();
                    }
                    return invoke(m2, ps, args2);
                });
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(PersistenceBenchmark.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object invoke(Method m, Object target, Object[] args) throws SQLException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T ok(Either<RepositoryError, T> result) {
        return result.getOrElseThrow(e -> new IllegalStateException("the benchmark's save failed: " + e.message()));
    }
}
