package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.domain.justice.AccommodationSchedule;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.substitutecare.YouthSupportSchedule;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one public entry of the JDBC adapters: give it a {@link DataSource} (H2 or PostgreSQL), it
 * brings the schema up to date with the migrations shipped in this jar and hands out
 * repositories for the driven ports. Thread-safe: the repositories take a connection per call.
 *
 * <pre>{@code
 * JdbcAdapters jdbc = JdbcAdapters.migrate(dataSource);
 * HousingStockRepository stocks = jdbc.housingStocks();
 * }</pre>
 */
public final class JdbcAdapters {

    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/hoolekanne";

    /** The migration that adds the deadline index. */
    private static final String DEADLINE_INDEX_VERSION = "11";

    private final DataSource dataSource;
    private final String database;
    private final Dialect dialect;
    private final Auditor auditor;
    private final Schedules schedules;

    private JdbcAdapters(DataSource dataSource, String database, Dialect dialect, Auditor auditor, Schedules schedules) {
        this.dataSource = dataSource;
        this.database = database;
        this.dialect = dialect;
        this.auditor = auditor;
        this.schedules = schedules;
    }

    /**
     * How the deadline index (see {@link #reindexDeadlines()}) computes each service's due dates:
     * the services' calendars and rules.
     *
     * @param socialHousing social housing cases
     * @param protection    protection support-person referrals
     * @param youth         youth support-person cases
     * @param accommodation released prisoners' accommodation stays
     */
    public record Schedules(SocialHousingSchedule socialHousing, ProtectionSchedule protection, YouthSupportSchedule youth,
                            AccommodationSchedule accommodation) {

        /** Every schedule is required. */
        public Schedules {
            Objects.requireNonNull(socialHousing, "socialHousing");
            Objects.requireNonNull(protection, "protection");
            Objects.requireNonNull(youth, "youth");
            Objects.requireNonNull(accommodation, "accommodation");
        }

        /** The standard calendar with Tartu's regulation no 86 and the national services' rules. */
        public static Schedules standard() {
            return new Schedules(SocialHousingSchedule.tartu(), ProtectionSchedule.standard(), YouthSupportSchedule.standard(),
                    AccommodationSchedule.standard());
        }
    }

    /**
     * Migrates the database behind {@code dataSource} to the latest schema and returns the
     * adapters over it, indexing deadlines with {@link Schedules#standard()}. When this run adds
     * the deadline index to a database that already holds cases, it indexes them.
     *
     * @throws IllegalStateException when the database cannot be reached or migrated: a
     *                               programmer's or operator's error at start-up, not a business failure
     */
    public static JdbcAdapters migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        boolean indexAdded;
        try {
            MigrateResult result = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS)
                    .table("hoolekanne_schema_history").load().migrate();
            indexAdded = result.migrations.stream().anyMatch(m -> DEADLINE_INDEX_VERSION.equals(m.version));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the hoolekanne schema could not be migrated: " + e.getMessage(), e);
        }
        JdbcAdapters adapters;
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            adapters = new JdbcAdapters(dataSource, product + " " + c.getMetaData().getDatabaseProductVersion(),
                    Dialect.of(product), Auditor.NONE, Schedules.standard());
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be reached: " + e.getSQLState(), e);
        }
        if (indexAdded) {
            adapters.reindexDeadlines().getOrElseThrow(e -> new IllegalStateException("the deadline index could not be built: " + e.message()));
        }
        return adapters;
    }

    /**
     * These adapters with the deadline index computed by {@code schedules} instead of the
     * standard ones: for a municipality with its own rule sets. The repositories' {@code findDueBy}
     * answer from the index only for these schedules (any other schedule reads every open case).
     * Call {@link #reindexDeadlines()} once when the stored cases were indexed with other
     * schedules.
     */
    public JdbcAdapters indexingDeadlinesWith(Schedules schedules) {
        return new JdbcAdapters(dataSource, database, dialect, auditor, Objects.requireNonNull(schedules, "schedules"));
    }

    /**
     * Recomputes the deadline index of every open case of every service, each service in one
     * transaction: after a change of calendar or rules (e.g. a new public holiday in a library
     * update) or of {@link #indexingDeadlinesWith schedules}. Returns how many open cases have something due.
     */
    public Either<RepositoryError, Integer> reindexDeadlines() {
        return new JdbcApplicationRepository(dataSource, Auditor.NONE, socialHousingIndex()).reindex()
                .flatMap(a -> new JdbcProtectionReferralRepository(dataSource, Auditor.NONE, protectionIndex()).reindex().map(b -> a + b))
                .flatMap(a -> new JdbcYouthSupportRepository(dataSource, Auditor.NONE, youthIndex()).reindex().map(b -> a + b))
                .flatMap(a -> new JdbcJusticeRepositories.Stays(dataSource, Auditor.NONE, accommodationIndex()).reindex().map(b -> a + b));
    }

    private Option<DueIndex<Application>> socialHousingIndex() {
        return Option.some(new DueIndex<>("social housing", schedules.socialHousing()));
    }

    private Option<DueIndex<ProtectionReferral>> protectionIndex() {
        return Option.some(new DueIndex<>("protection referral", schedules.protection()));
    }

    private Option<DueIndex<YouthSupport>> youthIndex() {
        return Option.some(new DueIndex<>("youth support", schedules.youth()));
    }

    private Option<DueIndex<ReleasedAccommodation>> accommodationIndex() {
        return Option.some(new DueIndex<>("accommodation stay", schedules.accommodation()));
    }

    /**
     * These adapters with the use of personal data recorded (Andmejälgija shape): every load,
     * finder and save of a case that holds persons' data (social housing cases, protection
     * referrals, youth support, prisoner support, accommodation stays, resocialization cases)
     * writes one {@link AuditRecord} for each person in the case, <em>in the same transaction</em>
     * as the read or write, so
     * the data and its audit trail commit or roll back together. The time comes from
     * {@code clock}; the user, receiver and legal basis from {@code context}, asked once per call
     * (typically from the embedding application's request). When {@code context} fails or gives
     * null, the call is refused with {@code RepositoryError.Unavailable} and nothing is read or
     * written. The records are read back through {@link #auditSink()} and {@link #subjectAccess()}.
     *
     * <pre>{@code
     * ApplicationRepository cases = JdbcAdapters.migrate(dataSource)
     *         .auditing(Clock.systemUTC(), () -> new AuditContext(session.user(), "Tartu social housing committee",
     *                 "Tartu city regulation no 86 § 7"))
     *         .applications();
     * }</pre>
     */
    public JdbcAdapters auditing(Clock clock, Supplier<AuditContext> context) {
        return new JdbcAdapters(dataSource, database, dialect, Auditor.of(clock, context, dialect), schedules);
    }

    /** The database product and version, e.g. "PostgreSQL 18.6". */
    public String database() {
        return database;
    }

    /** Housing stocks, with the database refusing a unit allocated twice on one day. */
    public HousingStockRepository housingStocks() {
        return new JdbcHousingStockRepository(dataSource);
    }

    /** Social housing cases, every state (TSM-1 .. TSM-25). */
    public ApplicationRepository applications() {
        return new JdbcApplicationRepository(dataSource, auditor, socialHousingIndex());
    }

    /** The personal-data usage log (Andmejälgija shape), queryable per person (TSM-18). */
    public AuditSink auditSink() {
        return new JdbcAuditSink(dataSource, dialect);
    }

    /** Everything stored about a person: their cases of every service and the uses of their data (TSM-18). */
    public SubjectAccess subjectAccess() {
        return new JdbcSubjectAccess(new JdbcApplicationRepository(dataSource, Auditor.NONE, Option.none()),
                new JdbcProtectionReferralRepository(dataSource, Auditor.NONE, Option.none()),
                new JdbcYouthSupportRepository(dataSource, Auditor.NONE, Option.none()),
                new JdbcJusticeRepositories.Supports(dataSource, Auditor.NONE),
                new JdbcJusticeRepositories.Stays(dataSource, Auditor.NONE, Option.none()),
                new JdbcResocializationRepository(dataSource, Auditor.NONE), new JdbcAuditSink(dataSource, dialect));
    }

    /** What each carer family used of the substitute-care services (AHT-5, AHT-6). */
    public FamilyServicesRepository familyServices() {
        return new JdbcSubstituteCareRepositories.Families(dataSource);
    }

    /** Counselling and thematic groups (AHT-7). */
    public CounsellingGroupRepository counsellingGroups() {
        return new JdbcSubstituteCareRepositories.Groups(dataSource);
    }

    /** Substitute homes and their internal evaluations (AHT-8). */
    public SubstituteHomeRepository substituteHomes() {
        return new JdbcSubstituteCareRepositories.Homes(dataSource);
    }

    /** Support-person referrals for people with international or temporary protection (RVK). */
    public ProtectionReferralRepository protectionReferrals() {
        return new JdbcProtectionReferralRepository(dataSource, auditor, protectionIndex());
    }

    /** Support persons for youth leaving substitute care (AHT-9 .. AHT-13). */
    public YouthSupportRepository youthSupport() {
        return new JdbcYouthSupportRepository(dataSource, auditor, youthIndex());
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2). */
    public PrisonerSupportRepository prisonerSupport() {
        return new JdbcJusticeRepositories.Supports(dataSource, auditor);
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-5). */
    public ReleasedAccommodationRepository releasedAccommodation() {
        return new JdbcJusticeRepositories.Stays(dataSource, auditor, accommodationIndex());
    }

    /** Resocialization cases in Tallinn, every stage (RES). */
    public ResocializationRepository resocializations() {
        return new JdbcResocializationRepository(dataSource, auditor);
    }

    /** Waiting lists. */
    public WaitingListRepository waitingLists() {
        return new JdbcWaitingListRepository(dataSource);
    }
}
