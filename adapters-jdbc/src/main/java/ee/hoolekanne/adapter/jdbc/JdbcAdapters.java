package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.CaseRepositories;
import ee.hoolekanne.port.out.CounsellingGroupRepository;
import ee.hoolekanne.port.out.FamilyServicesRepository;
import ee.hoolekanne.port.out.HousingStockRepository;
import ee.hoolekanne.port.out.OpenObligations;
import ee.hoolekanne.port.out.Outbox;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.port.out.SubstituteHomeRepository;
import ee.hoolekanne.port.out.Transactions;
import ee.hoolekanne.port.out.WaitingListRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.usecase.ServiceSchedules;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The entry of the JDBC adapters: give it a {@link DataSource} (H2 or PostgreSQL), it brings its
 * own database schema up to date with the migrations shipped in this jar and hands out the
 * adapters of the driven ports. Thread-safe.
 *
 * <pre>{@code
 * JdbcAdapters jdbc = JdbcAdapters.migrate(dataSource);          // schema "hoolekanne", migrated
 * CasePorts kernel = new CasePorts(jdbc.openObligations(), jdbc.outbox(), jdbc.auditSink(), actingUser, time, jdbc.transactions());
 * }</pre>
 *
 * <p>Every repository call joins the transaction running on the calling thread (see
 * {@link JdbcConnections}), so a use case that changes a case, its obligations, its audit records,
 * the housing stock and the waiting list commits once. The tables live in their own schema
 * (default {@code hoolekanne}) with their own Flyway history table, beside an application's own
 * tables; every statement names the schema, whatever the connection's default schema is.
 */
public final class JdbcAdapters {

    /** Where the migrations live on the class path: outside {@code db/migration}, which Spring Boot's own Flyway scans. */
    public static final String MIGRATIONS = "classpath:ee/hoolekanne/adapter/jdbc/migration";

    /** The schema the tables live in unless told otherwise. */
    public static final String DEFAULT_SCHEMA = "hoolekanne";

    /** The Flyway history table, in the adapter's schema. */
    public static final String HISTORY_TABLE = "hoolekanne_schema_history";

    /** The migration that adds the open obligations: a database upgraded across it has its obligations recomputed. */
    private static final String OBLIGATIONS_VERSION = "12";

    /** What {@link Builder#build()} does with the schema. */
    public enum Migration {
        /** Applies the migrations this database lacks (the default). */
        MIGRATE,
        /** Only checks that the database has exactly this library's migrations; fails naming what differs. */
        VALIDATE,
        /** Touches nothing: a DBA runs the migrations or the plain SQL script. */
        NONE
    }

    private final Jdbc.Db db;
    private final String database;
    private volatile Flyway flyway;

    private JdbcAdapters(Jdbc.Db db, String database) {
        this.db = db;
        this.database = database;
    }

    /**
     * Migrates the schema {@value #DEFAULT_SCHEMA} behind {@code dataSource} and returns the
     * adapters over it; obligations of cases stored before the open obligations existed are
     * computed with {@link ServiceSchedules#standard()}.
     *
     * @throws IllegalStateException when the database cannot be reached or migrated: an operator's
     *                               error at start-up, not a business failure
     */
    public static JdbcAdapters migrate(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /** A builder over {@code dataSource}, for the schema, the migration mode, the connections and the schedules. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** How to set up the adapters. Not thread-safe; {@link #build()} once. */
    public static final class Builder {
        private final DataSource dataSource;
        private String schema = DEFAULT_SCHEMA;
        private Migration migration = Migration.MIGRATE;
        private JdbcConnections connections;
        private ServiceSchedules schedules = ServiceSchedules.standard();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The schema the tables live in (default {@value #DEFAULT_SCHEMA}): lower-case letters, digits and underscores. */
        public Builder schema(String name) {
            this.schema = Objects.requireNonNull(name, "name");
            return this;
        }

        /** What to do with the schema at start-up (default {@link Migration#MIGRATE}). */
        public Builder migration(Migration mode) {
            this.migration = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Where connections and transactions come from (default {@link JdbcConnections#plain} over the data source). */
        public Builder connections(JdbcConnections value) {
            this.connections = Objects.requireNonNull(value, "connections");
            return this;
        }

        /**
         * The calendars and rule sets the services run on: when a migration adds the open
         * obligations to a database that holds cases, their obligations are computed with these.
         */
        public Builder schedules(ServiceSchedules value) {
            this.schedules = Objects.requireNonNull(value, "schedules");
            return this;
        }

        /**
         * Checks or migrates the schema as told and returns the adapters.
         *
         * @throws IllegalArgumentException for a schema name that is not a plain lower-case identifier
         * @throws IllegalStateException    when the database cannot be reached, migrated or validated
         */
        public JdbcAdapters build() {
            Dialect dialect;
            String product;
            try (Connection c = dataSource.getConnection()) {
                dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
                product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("the database could not be reached: SQL state " + e.getSQLState(), e);
            }
            Schema s = new Schema(schema, dialect);
            JdbcAdapters adapters = new JdbcAdapters(new Jdbc.Db(connections == null ? JdbcConnections.plain(dataSource) : connections, s),
                    product);
            Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).table(HISTORY_TABLE).locations(MIGRATIONS)
                    .load();
            adapters.flyway = flyway;
            switch (migration) {
                case MIGRATE -> migrate(flyway, adapters);
                case VALIDATE -> validate(flyway, schema);
                case NONE -> {
                }
            }
            return adapters;
        }

        private void migrate(Flyway flyway, JdbcAdapters adapters) {
            MigrateResult result;
            try {
                result = flyway.migrate();
            } catch (RuntimeException e) {
                throw new IllegalStateException("the hoolekanne schema " + schema + " could not be migrated: " + e.getMessage(), e);
            }
            boolean obligationsAdded = result.migrations.stream().anyMatch(m -> OBLIGATIONS_VERSION.equals(m.version));
            if (obligationsAdded && result.initialSchemaVersion != null) {
                adapters.recomputeObligations(schedules).getOrElseThrow(e ->
                        new IllegalStateException("the open obligations of the stored cases could not be computed: " + e.message()));
            }
        }

        private static void validate(Flyway flyway, String schema) {
            ValidateResult result;
            try {
                result = flyway.validateWithResult();
            } catch (RuntimeException e) {
                throw new IllegalStateException("the hoolekanne schema " + schema + " could not be validated: " + e.getMessage(), e);
            }
            if (!result.validationSuccessful) {
                List<String> problems = result.invalidMigrations.stream()
                        .map(m -> "version " + m.version + ": " + m.errorDetails.errorMessage).toList();
                throw new IllegalStateException("the hoolekanne schema " + schema + " does not match this library's migrations ("
                        + String.join("; ", problems) + "); migrate it, or run the plain SQL script for this version");
            }
        }
    }

    /**
     * Recomputes the open obligations of every open case of every service under
     * {@code schedules}, each kind of case in one transaction: after a change of calendar or rules
     * (e.g. a new public holiday in a library update). Returns how many obligations are open now.
     */
    public Either<RepositoryError, Integer> recomputeObligations(ServiceSchedules schedules) {
        return schedules.recomputeObligations(cases(), openObligations(), transactions());
    }

    /** The database product and version, e.g. "PostgreSQL 18.6". */
    public String database() {
        return database;
    }

    /** The schema the tables live in. */
    public String schema() {
        return db.schema().name();
    }

    /**
     * The newest migration applied to the schema, e.g. {@code 17}, as its migration history
     * records it; none before the first migration.
     */
    public Either<RepositoryError, Option<String>> schemaVersion() {
        try {
            org.flywaydb.core.api.MigrationInfo current = flyway.info().current();
            return Either.right(current == null || current.getVersion() == null ? Option.none()
                    : Option.some(current.getVersion().getVersion()));
        } catch (RuntimeException e) {
            return Either.left(new RepositoryError.Unavailable("the migration history could not be read: " + e.getClass().getSimpleName()));
        }
    }

    /** Where the adapters take their connections and whose transactions they join. */
    public JdbcConnections connections() {
        return db.connections();
    }

    /** The transactions every repository here joins, for the use cases' {@code CasePorts}. */
    public Transactions transactions() {
        return db.connections().transactions();
    }

    /** The repository of every kind of case. */
    public CaseRepositories cases() {
        return new CaseRepositories(applications(), resocializations(), protectionReferrals(), youthSupport(), familyServices(),
                counsellingGroups(), substituteHomes(), prisonerSupport(), releasedAccommodation());
    }

    /** The open obligations of every case: the deadline watch's read model. */
    public OpenObligations openObligations() {
        return new JdbcOpenObligations(db);
    }

    /** The outbox of the notifications the commands cause, written in their transactions. */
    public Outbox outbox() {
        return new JdbcOutbox(db);
    }

    /** Housing stocks, with the database refusing a unit allocated twice on one day. */
    public HousingStockRepository housingStocks() {
        return new JdbcHousingStockRepository(db);
    }

    /** Waiting lists. */
    public WaitingListRepository waitingLists() {
        return new JdbcWaitingListRepository(db);
    }

    /** The personal-data usage log (Andmejälgija shape), queryable per person (TSM-18). */
    public AuditSink auditSink() {
        return new JdbcAuditSink(db);
    }

    /** Everything stored about a person: their cases of every service and the uses of their data (TSM-18). */
    public SubjectAccess subjectAccess() {
        return new JdbcSubjectAccess(db.connections(), cases(), new JdbcAuditSink(db));
    }

    /** Social housing cases, every state (TSM-1 .. TSM-25). */
    public ApplicationRepository applications() {
        return new JdbcApplicationRepository(db);
    }

    /** What each carer family used of the substitute-care services (AHT-4 .. AHT-6). */
    public FamilyServicesRepository familyServices() {
        return new JdbcFamilyServicesRepository(db);
    }

    /** Counselling and thematic groups (AHT-7). */
    public CounsellingGroupRepository counsellingGroups() {
        return new JdbcCounsellingGroupRepository(db);
    }

    /** Substitute homes and their internal evaluations (AHT-8). */
    public SubstituteHomeRepository substituteHomes() {
        return new JdbcSubstituteHomeRepository(db);
    }

    /** Support-person referrals for people with international or temporary protection (RVK). */
    public ProtectionReferralRepository protectionReferrals() {
        return new JdbcProtectionReferralRepository(db);
    }

    /** Support persons for youth leaving substitute care (AHT-9 .. AHT-13). */
    public YouthSupportRepository youthSupport() {
        return new JdbcYouthSupportRepository(db);
    }

    /** Prisoners' support-person cases (JUS-1, JUS-2). */
    public PrisonerSupportRepository prisonerSupport() {
        return new JdbcPrisonerSupportRepository(db);
    }

    /** Released prisoners' accommodation stays (JUS-3 .. JUS-5). */
    public ReleasedAccommodationRepository releasedAccommodation() {
        return new JdbcReleasedAccommodationRepository(db);
    }

    /** Resocialization cases in Tallinn, every stage (RES). */
    public ResocializationRepository resocializations() {
        return new JdbcResocializationRepository(db);
    }
}
