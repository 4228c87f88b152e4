package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.domain.socialhousing.WaitingList;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.socialhousing.*;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.PortFailure;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.CasePorts;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All or nothing, through the use cases on the JDBC adapters: a command writes its case, the
 * housing stock, the waiting list, the case's open obligations and the audit records in one
 * transaction, so killing the connection at any statement leaves every one of them as before.
 */
class JdbcAtomicityAndAuditTest {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    private static final String STOCK = "tartu";
    private static final String LIST = "tartu-list";
    private static final AuditContext CASEWORKER = new AuditContext("caseworker-17", "Tartu social housing committee");
    private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    /** Everything a command may change, read through adapters that are never killed. */
    private record State(Option<Versioned<Application>> first, Option<Versioned<Application>> second,
                         Option<Versioned<HousingStock>> stock, Option<Versioned<WaitingList>> list, List<Obligation> obligations,
                         List<ee.hoolekanne.port.out.OutboxMessage> outbox, int auditRecords) {
    }

    private static final class Fixture {
        final JdbcAdapters plain;
        final Killer killer;
        final SocialHousingService service;
        final InMemoryAdapters memory = InMemoryAdapters.create(START);
        final Household first;
        final Household second;
        final AtomicReference<Either<PortFailure, AuditContext>> actor = new AtomicReference<>(Either.right(CASEWORKER));

        Fixture(Databases.Kind kind) {
            plain = Databases.fresh(kind, "JdbcAtomicityAndAuditTest");
            killer = new Killer(Databases.unpooled(kind));
            JdbcAdapters killable = JdbcAdapters.builder(killer.dataSource()).migration(JdbcAdapters.Migration.VALIDATE).build();
            SplittableRandom random = new SplittableRandom(11);
            first = SocialHousingCases.family(random);
            second = SocialHousingCases.family(random);
            memory.register().register(first.applicant(), LocalDate.of(2010, 1, 1), "Tartu linn")
                    .register(second.applicant(), LocalDate.of(2010, 1, 1), "Tartu linn");
            HousingStock stock = SocialHousingCases.orFail(HousingStock.empty(STOCK).withUnit(HousingUnit.separateDwelling("flat-1", "Pikk 1-3")));
            plain.housingStocks().save(STOCK, stock, 0).get();
            service = new SocialHousingService(new ee.hoolekanne.usecase.socialhousing.SocialHousingPorts(killable.applications(),
                    killable.housingStocks(), killable.waitingLists(), memory.register()),
                    new CasePorts(killable.openObligations(), killable.outbox(), killable.auditSink(), actor::get, memory.time(),
                            killable.transactions()),
                    SocialHousingSettings.tartu(STOCK, LIST));
        }

        State state() {
            int audit = 0;
            for (PersonalCode p : everyone()) {
                audit += plain.auditSink().recordsOf(p).get().size();
            }
            return new State(plain.applications().load(new CaseId("A")).get(), plain.applications().load(new CaseId("B")).get(),
                    plain.housingStocks().load(STOCK).get(), plain.waitingLists().load(LIST).get(),
                    plain.openObligations().dueBy(FAR).get(), plain.outbox().pending().get(), audit);
        }

        List<PersonalCode> everyone() {
            List<PersonalCode> all = new java.util.ArrayList<>(first.everyone());
            all.addAll(second.everyone());
            return all;
        }

        /**
         * Runs {@code command} with the connection killed at its first statement, then its second,
         * ... until it gets through; after every killed run everything is as before, after the
         * good one the stored obligations are what the stored cases compute.
         */
        <T> T killEveryStatement(String what, Supplier<Either<CaseFailure<?>, T>> command) {
            State before = state();
            for (int at = 1; ; at++) {
                killer.killAt(at);
                Either<CaseFailure<?>, T> result = command.get();
                killer.spare();
                if (result.isRight()) {
                    assertTrue(at > 3, what + " was killed at more than a few statements");
                    State after = state();
                    List<Obligation> computed = java.util.stream.Stream.of(after.first(), after.second())
                            .flatMap(o -> o.toJavaStream()).flatMap(v -> v.value().openObligations(SocialHousingSchedule.tartu()).stream())
                            .sorted(ee.hoolekanne.domain.casefile.DeadlineWatch.ORDER).toList();
                    assertEquals(computed, after.obligations(), what + ": the read model holds what the cases compute");
                    assertTrue(after.auditRecords() > before.auditRecords(), what + ": the use of the data was recorded");
                    return result.get();
                }
                assertInstanceOf(CaseFailure.Unavailable.class, result.getLeft(), what + " killed at " + at + ": " + result.getLeft().message());
                assertTrue(result.getLeft().message().contains("08006") || result.getLeft().message().contains("SQL state"),
                        "the failure carries the SQL state of the statement that failed: " + result.getLeft().message());
                assertEquals(before, state(), what + " killed at statement " + at + ": everything is as before");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Supplier<Either<CaseFailure<?>, T>> cmd(Supplier<? extends Either<? extends CaseFailure<?>, T>> command) {
        return () -> (Either) command.get();
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-9, TSM-11, TSM-18, TSM-22: killing the connection at every statement of every command of two families' journeys "
            + "(grant with the dwelling, wait-list, early end, the freed place offered, grant off the waiting list) leaves the cases, "
            + "the stock, the waiting list, the open obligations, the outbox and the audit records all changed or all as before")
    void killedConnectionLeavesAllOrNothing(Databases.Kind kind) {
        Fixture f = new Fixture(kind);
        SocialHousingService s = f.service;
        CaseId a = new CaseId("A");
        CaseId b = new CaseId("B");
        f.killEveryStatement("submit A", cmd(() -> s.submitApplication(new SubmitApplicationCommand(a, SocialHousingCases.completeForm(f.first), START))));
        f.killEveryStatement("submit B", cmd(() -> s.submitApplication(new SubmitApplicationCommand(b, SocialHousingCases.completeForm(f.second), START))));
        f.killEveryStatement("assess A", cmd(() -> s.assessApplication(new AssessApplicationCommand(a, SocialHousingCases.assessment(START.plusDays(2))))));
        f.killEveryStatement("assess B", cmd(() -> s.assessApplication(new AssessApplicationCommand(b, SocialHousingCases.assessment(START.plusDays(2))))));
        f.killEveryStatement("grant A the dwelling", cmd(() -> s.decideApplication(new DecideApplicationCommand(a, new DecisionId("K-1"),
                SocialHousingCases.COMMITTEE, START.plusDays(4), new Outcome.Grant(new UnitId("flat-1"), START.plusMonths(6)), SocialHousingCases.reasons(START.plusDays(4))))));
        f.killEveryStatement("wait-list B", cmd(() -> s.decideApplication(new DecideApplicationCommand(b, new DecisionId("K-2"),
                SocialHousingCases.COMMITTEE, START.plusDays(4), new Outcome.WaitList(), SocialHousingCases.reasons(START.plusDays(4))))));
        f.killEveryStatement("deliver A", cmd(() -> s.deliverDecision(new DeliverDecisionCommand(a, new ee.hoolekanne.domain.decision.Delivery(
                ee.hoolekanne.domain.decision.DeliveryMethod.IN_PERSON, START.plusDays(5).atTime(10, 0)
                .atZone(ee.hoolekanne.domain.decision.Delivery.TALLINN).toInstant())))));
        f.killEveryStatement("sign A", cmd(() -> s.signContract(new SignContractCommand(a, new ee.hoolekanne.domain.socialhousing.ServiceContract(
                "T-1", ee.hoolekanne.domain.socialhousing.ShelterProvider.TURVAKODU, f.first.adultsOn(START, 18), START.plusDays(6),
                START.plusDays(6), START.plusMonths(6))))));
        f.killEveryStatement("start A", cmd(() -> s.startUse(new StartUseCommand(a, START.plusDays(7)))));
        f.killEveryStatement("end A early", cmd(() -> s.terminateService(new TerminateServiceCommand(a, new DecisionId("K-3"),
                SocialHousingCases.COMMITTEE, START.plusDays(40), List.of(TerminationGround.NO_LONGER_NEEDED), START.plusDays(45), SocialHousingCases.reasons(START.plusDays(40))))));
        Option<CaseId> offered = f.killEveryStatement("offer the freed dwelling", cmd(() -> s.offerFreedPlace(
                new OfferFreedPlaceCommand(new UnitId("flat-1"), START.plusDays(46)))));
        assertEquals(Option.some(b), offered);
        f.killEveryStatement("grant B off the waiting list", cmd(() -> s.decideApplication(new DecideApplicationCommand(b,
                new DecisionId("K-4"), SocialHousingCases.COMMITTEE, START.plusDays(47), new Outcome.Grant(new UnitId("flat-1"),
                START.plusMonths(8)), SocialHousingCases.reasons(START.plusDays(47))))));
        State end = f.state();
        assertInstanceOf(Application.Granted.class, end.second().get().value());
        assertTrue(end.list().get().value().entries().isEmpty(), "B left the waiting list with its grant");
        assertEquals(2, end.stock().get().value().allocations().size(), "A's shortened stay and B's");
        assertEquals(List.of("social-housing/A/decision/K-1", "social-housing/A/decision/K-3", "social-housing/B/decision/K-2",
                        "social-housing/B/decision/K-4", "social-housing/B/place-freed/flat-1/" + START.plusDays(46)),
                end.outbox().stream().map(ee.hoolekanne.port.out.OutboxMessage::key).sorted().toList(),
                "X-1, TSM-11: one notice per decision and freed place, written with the change that caused it");
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Databases.Kind.class, names = {"H2_MEMORY", "POSTGRESQL"})
    @DisplayName("TSM-18: every command records who used whose data, when, for whom and on what basis, for each person of the "
            + "household, in its transaction; without a known acting user a command is refused and writes nothing")
    void auditsEveryCommand(Databases.Kind kind) {
        Fixture f = new Fixture(kind);
        CaseId a = new CaseId("A");
        f.actor.set(Either.left(new PortFailure("acting user", "nobody is logged in")));
        assertInstanceOf(CaseFailure.Unavailable.class, f.service.submitApplication(new SubmitApplicationCommand(a,
                SocialHousingCases.completeForm(f.first), START)).getLeft());
        assertTrue(f.plain.applications().load(a).get().isEmpty(), "nothing was written");
        f.actor.set(Either.right(CASEWORKER));
        f.service.submitApplication(new SubmitApplicationCommand(a, SocialHousingCases.completeForm(f.first), START)).get();
        f.service.assessApplication(new AssessApplicationCommand(a, SocialHousingCases.assessment(START.plusDays(2)))).get();
        for (PersonalCode person : f.first.everyone()) {
            List<AuditRecord> records = f.plain.auditSink().recordsOf(person).get();
            assertEquals(List.of("submit the application: social-housing case A", "assess the application: social-housing case A"),
                    records.stream().map(AuditRecord::action).toList());
            for (AuditRecord r : records) {
                assertEquals(person, r.person());
                assertEquals(f.memory.time().now(), r.at());
                assertEquals(CASEWORKER.user(), r.user());
                assertEquals(CASEWORKER.receiver(), r.receiver());
                assertTrue(r.legalBasis().startsWith("TSM-") && r.legalBasis().contains("regulation no 86"), r.legalBasis());
            }
        }
        assertEquals(2, f.plain.subjectAccess().everythingAbout(f.first.applicant()).get().audit().size(),
                "subject access shows the recorded uses");
    }
}
