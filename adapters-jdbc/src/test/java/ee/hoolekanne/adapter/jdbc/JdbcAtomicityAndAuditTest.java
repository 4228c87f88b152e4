package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import java.util.function.Supplier;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case, its events and its audit records are written in one transaction: killing the
 * connection at any statement of a save leaves all of it or none of it. And the adapter records
 * every read and write of a person's data when asked to.
 */
class JdbcAtomicityAndAuditTest {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private static final AuditContext CASEWORKER = new AuditContext("caseworker-17", "Tartu social housing committee",
            "Tartu city regulation no 86 § 7");

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-8, TSM-18: killing the connection at every statement of every save of a case's journey leaves the case, "
            + "its decisions and events, its deadline index row and its audit records all saved or all as before")
    void killedConnectionLeavesAllOrNothing(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
        Killer killer = new Killer(Databases.unpooled(kind));
        ApplicationRepository audited = JdbcAdapters.migrate(killer.dataSource()).auditing(CLOCK, () -> CASEWORKER)
                .applications();
        CaseId id = new CaseId("atomic-journey");
        List<Application> journey = SocialHousingCases.journey(id, SocialHousingCases.family(new SplittableRandom(11)), START);
        ApplicationRepository cases = plain.applications();
        SocialHousingSchedule schedule = SocialHousingSchedule.tartu();
        LocalDate farAhead = START.plusYears(10);
        killEverySave(killer, audited, cases, id, journey, journey.getFirst().form().household().applicant(), plain, when -> {
            boolean due = cases.load(id).get().exists(stored -> schedule.nextDue(stored.value()).isDefined());
            assertEquals(due, cases.findDueBy(farAhead, schedule).get().stream().anyMatch(app -> app.id().equals(id)),
                    when + ": the deadline index agrees with the stored case");
        });
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-18: the same all-or-nothing for a resocialization case along its stages, with its "
            + "decisions, stays and audit records")
    void killedConnectionLeavesAllOrNothingForResocialization(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
        Killer killer = new Killer(Databases.unpooled(kind));
        var audited = JdbcAdapters.migrate(killer.dataSource()).auditing(CLOCK, () -> CASEWORKER).resocializations();
        CaseId id = new CaseId("atomic-pathway");
        List<Resocialization> pathway = JusticeAndResocializationCases.pathway(id, LocalDate.of(2026, 1, 5));
        killEverySave(killer, audited, plain.resocializations(), id, pathway, pathway.getFirst().form().applicant(), plain, when -> {
        });
    }

    /**
     * Saves each state of {@code journey} in turn through {@code audited}, first killing the
     * connection at statement 1, then 2, ... until the save gets through; after every killed save
     * the stored case and {@code person}'s audit records are as before, after the good one they are
     * the new state and one more record; {@code consistent} checks what else must agree with the
     * stored case (the deadline index) after every attempt.
     */
    private static <T> void killEverySave(Killer killer, VersionedRepository<CaseId, T> audited,
                                          VersionedRepository<CaseId, T> plain, CaseId id, List<T> journey,
                                          PersonalCode person, JdbcAdapters store, java.util.function.Consumer<String> consistent) {
        int killed = 0;
        for (int step = 0; step < journey.size(); step++) {
            Option<Versioned<T>> before = plain.load(id).get();
            int auditBefore = records(store.auditSink(), person).size();
            Either<RepositoryError, Long> saved;
            int killAt = 1;
            while (true) {
                killer.killAt(killAt);
                saved = audited.save(id, journey.get(step), step);
                killer.killAt(Integer.MAX_VALUE);
                if (saved.isRight()) {
                    break;
                }
                assertInstanceOf(RepositoryError.Unavailable.class, saved.getLeft(), "a killed save is a typed failure");
                assertEquals(before, plain.load(id).get(),
                        "killed at statement " + killAt + " of step " + step + ": the case is as before");
                assertEquals(auditBefore, records(store.auditSink(), person).size(),
                        "killed at statement " + killAt + " of step " + step + ": no audit record was left behind");
                consistent.accept("killed at statement " + killAt + " of step " + step);
                killed++;
                killAt++;
            }
            assertTrue(killAt > 2, "step " + step + " was killed at more than one statement");
            assertEquals(step + 1L, saved.get());
            assertEquals(Option.some(new Versioned<>(journey.get(step), step + 1L)), plain.load(id).get(),
                    "after the save that was not killed, the case is the new state");
            assertEquals(auditBefore + 1, records(store.auditSink(), person).size(),
                    "the save recorded one audit record for the person, in its transaction");
            consistent.accept("after step " + step);
        }
        assertTrue(killed >= 3 * journey.size(), "the connection was killed " + killed + " times");
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-18: with auditing on, every save and load of a case records who used whose data, when, for whom "
            + "and on what basis, for each person of the household; a refused save records nothing")
    void auditsReadsAndWrites(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
        ApplicationRepository audited = plain.auditing(CLOCK, () -> CASEWORKER).applications();
        List<Application> journey = SocialHousingCases.journey(new CaseId("audited"),
                SocialHousingCases.family(new SplittableRandom(5)), START);
        Application first = journey.getFirst();
        List<PersonalCode> household = new ArrayList<>();
        household.add(first.form().household().applicant());
        household.addAll(first.form().household().members());

        assertEquals(Either.right(1L), audited.save(first.id(), first, 0));
        assertTrue(audited.load(first.id()).get().isDefined());
        assertInstanceOf(RepositoryError.VersionConflict.class, audited.save(first.id(), first, 0).getLeft());

        for (PersonalCode person : household) {
            List<AuditRecord> records = records(plain.auditSink(), person);
            assertEquals(List.of("save social housing case audited (version 1)", "read social housing case audited"),
                    records.stream().map(AuditRecord::action).toList(), "one save and one read, the refused save not recorded");
            for (AuditRecord r : records) {
                assertEquals(person, r.person());
                assertEquals(CLOCK.instant(), r.at());
                assertEquals(CASEWORKER.user(), r.user());
                assertEquals(CASEWORKER.receiver(), r.receiver());
                assertEquals(CASEWORKER.legalBasis(), r.legalBasis());
            }
        }
        assertEquals(2, plain.subjectAccess().everythingAbout(household.getFirst()).get().audit().size(),
                "subject access shows the recorded uses");
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-18: the repositories of every other service record each save and read of a case for each person in it")
    void auditsEveryService(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
        JdbcAdapters audited = plain.auditing(CLOCK, () -> CASEWORKER);
        LocalDate start = LocalDate.of(2026, 1, 5);
        ProtectionReferral r = SupportServicesCases.protectionJourney(new CaseId("rvk"), start).getLast();
        YouthSupport y = SupportServicesCases.youthJourney(new CaseId("aht"), County.HARJU, LocalDate.of(2019, 9, 1)).getFirst();
        PrisonerSupport p = JusticeAndResocializationCases.prisonerJourney(new CaseId("jus"), start).getFirst();
        ReleasedAccommodation a = JusticeAndResocializationCases.accommodationJourney(new CaseId("stay"), start).getFirst();
        Resocialization res = JusticeAndResocializationCases.pathway(new CaseId("res"), start).getLast();

        assertAudited(plain, r.persons(), "protection referral rvk", audited.protectionReferrals(), r.id(), r,
                () -> audited.protectionReferrals().casesAbout(r.client().applicant()));
        assertAudited(plain, y.persons(), "youth support case aht", audited.youthSupport(), y.id(), y,
                () -> audited.youthSupport().casesAbout(y.youth()));
        assertAudited(plain, p.persons(), "prisoner support case jus", audited.prisonerSupport(), p.id(), p,
                () -> audited.prisonerSupport().casesAbout(p.prisoner()));
        assertAudited(plain, a.persons(), "accommodation stay stay", audited.releasedAccommodation(), a.id(), a,
                () -> audited.releasedAccommodation().findStaying());
        assertAudited(plain, res.persons(), "resocialization case res", audited.resocializations(), res.id(), res,
                () -> audited.resocializations().casesAbout(res.form().applicant()));
    }

    /** Save, load and one finder through {@code repository}: each recorded for every person. */
    private static <T> void assertAudited(JdbcAdapters plain, List<PersonalCode> persons, String what,
                                          VersionedRepository<CaseId, T> repository, CaseId id, T aggregate,
                                          Supplier<Either<RepositoryError, List<T>>> finder) {
        assertEquals(Either.right(1L), repository.save(id, aggregate, 0));
        assertEquals(aggregate, repository.load(id).get().get().value());
        assertEquals(List.of(aggregate), finder.get().get());
        for (PersonalCode person : persons) {
            assertEquals(List.of("save " + what, "read " + what, "read " + what),
                    records(plain.auditSink(), person).stream().map(AuditRecord::action).toList(),
                    what + ": the save, the load and the finder's read are recorded for each person");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-18: with auditing on and no audit context from the application, a save is refused and writes "
            + "nothing, and a load is refused")
    void missingContextRefuses(Databases.Kind kind) {
        JdbcAdapters plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
        AtomicReference<AuditContext> context = new AtomicReference<>();
        ApplicationRepository audited = plain.auditing(CLOCK, context::get).applications();
        Application first = SocialHousingCases.journey(new CaseId("no-context"),
                SocialHousingCases.single(new SplittableRandom(3)), START).getFirst();

        Either<RepositoryError, Long> refused = audited.save(first.id(), first, 0);
        assertInstanceOf(RepositoryError.Unavailable.class, refused.getLeft());
        assertTrue(plain.applications().load(first.id()).get().isEmpty(), "nothing was written");

        context.set(CASEWORKER);
        assertEquals(Either.right(1L), audited.save(first.id(), first, 0));
        context.set(null);
        assertInstanceOf(RepositoryError.Unavailable.class, audited.load(first.id()).getLeft());
        assertEquals(1, records(plain.auditSink(), first.form().household().applicant()).size(),
                "only the save with a context was recorded");
    }

    private static List<AuditRecord> records(AuditSink sink, PersonalCode person) {
        return sink.recordsOf(person).get();
    }

    /**
     * A data source whose connections die at the n-th statement (or commit) counted from
     * {@link #killAt}: the real connection is aborted, as when the network or the server drops
     * it, and the statement fails.
     */
    private static final class Killer {
        private final DataSource real;
        private final AtomicInteger countdown = new AtomicInteger(Integer.MAX_VALUE);

        Killer(DataSource real) {
            this.real = real;
        }

        void killAt(int statement) {
            countdown.set(statement);
        }

        DataSource dataSource() {
            return proxy(DataSource.class, (p, m, args) -> {
                Object result = invoke(real, m, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }

        private Connection connection(Connection c) {
            return proxy(Connection.class, (p, m, args) -> {
                if (m.getName().equals("commit")) {
                    maybeKill(c);
                }
                Object result = invoke(c, m, args);
                return result instanceof Statement s ? statement(c, s, m.getReturnType()) : result;
            });
        }

        private Object statement(Connection c, Statement s, Class<?> type) {
            return proxy(type, (p, m, args) -> {
                if (m.getName().startsWith("execute")) {
                    maybeKill(c);
                }
                return invoke(s, m, args);
            });
        }

        private void maybeKill(Connection c) throws SQLException {
            if (countdown.decrementAndGet() == 0) {
                c.abort(Runnable::run);
                throw new SQLException("the test killed the connection", "08006");
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, InvocationHandler handler) {
            return (T) Proxy.newProxyInstance(Killer.class.getClassLoader(), new Class<?>[]{type}, handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
