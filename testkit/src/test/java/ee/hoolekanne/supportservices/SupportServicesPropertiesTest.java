package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.Generators;
import ee.hoolekanne.testkit.gen.Property;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryFamilyServicesRepository;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.CARE;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotas, group sizes and assignment windows under random command sequences; replay with the printed seed. */
class SupportServicesPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2014, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2021, 6, 30);

    /** One run: the seed its commands are drawn from. */
    record Run(long seed, int steps) {
    }

    @Test
    @DisplayName("AHT-1 AHT-5 AHT-7: no command sequence exceeds the session quota, a group's size or meetings, or books outside the project")
    void quotasAndSizes() {
        Property.forAll("quotas and group sizes", 300, r -> new Run(r.nextLong(), 120), run -> {
            SplittableRandom r = new SplittableRandom(run.seed());
            FamilyServices family = FamilyServices.of(new CaseId("f"), CarerKind.FOSTER, County.TARTU);
            CounsellingGroup group = r.nextBoolean() ? CounsellingGroup.counselling(new CaseId("g"), CARE) : CounsellingGroup.thematic(new CaseId("g"), CARE);
            int refused = 0;
            for (int step = 0; step < run.steps(); step++) {
                LocalDate on = Generators.date(r, FIRST, LAST);
                switch (r.nextInt(3)) {
                    case 0 -> {
                        Either<SupportServiceError, FamilyServices> booked = family.bookPsychologicalSession(on, SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE);
                        refused += booked.isLeft() ? 1 : 0;
                        family = booked.getOrElse(family);
                    }
                    case 1 -> {
                        Either<SupportServiceError, CounsellingGroup> joined = group.join("p-" + r.nextInt(40), on, PROJECT);
                        refused += joined.isLeft() ? 1 : 0;
                        group = joined.getOrElse(group);
                    }
                    default -> {
                        Either<SupportServiceError, CounsellingGroup> held = group.holdMeeting(on, 1 + r.nextInt(12), PROJECT);
                        refused += held.isLeft() ? 1 : 0;
                        group = held.getOrElse(group);
                    }
                }
                assertTrue(family.sessions().size() <= CARE.psychologicalSessionsPerFamily(), "session quota");
                assertTrue(family.sessions().stream().map(FamilyServices.Session::on).allMatch(PROJECT.period()::contains), "sessions inside the project");
                int max = group.rules().maxParticipants();
                assertTrue(max == 0 || group.participants().size() <= max, "group size");
                for (CounsellingGroup.Meeting m : group.meetings()) {
                    assertTrue(group.participants().size() >= group.rules().minParticipants(), "meetings only with enough people");
                    assertTrue(m.academicHours() >= group.rules().minAcademicHours()
                            && (group.rules().maxAcademicHours() == 0 || m.academicHours() <= group.rules().maxAcademicHours()));
                    assertTrue(PROJECT.period().contains(m.on()));
                    long sameYear = group.meetings().stream().filter(x -> x.on().getYear() == m.on().getYear()).count();
                    assertTrue(group.rules().maxMeetingsPerYear() == 0 || sameYear <= group.rules().maxMeetingsPerYear());
                }
            }
            assertTrue(refused > 0, "the sequence exercised refusals");
        });
    }

    @Test
    @DisplayName("AHT-10: no assignment starts before its window, whatever the kind and dates")
    void assignmentWindows() {
        Property.forAll("assignment windows", 2_000, r -> new Run(r.nextLong(), 1), run -> {
            SplittableRandom r = new SplittableRandom(run.seed());
            LocalDate leaving = Generators.date(r, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 5, 31));
            LocalDate marked = Generators.date(r, LocalDate.of(2015, 1, 1), leaving);
            County county = County.values()[r.nextInt(County.values().length)];
            YouthSupport.NeedMarked need = orFail(YouthSupport.markNeed(new CaseId("y"), PersonalCode.of(LocalDate.of(2001, 1, 1), Sex.MALE, 1),
                    Set.of(YouthSituation.LEAVING_GUARDIANSHIP), county, leaving, r.nextBoolean(), marked, PROJECT));
            Either<SupportServiceError, YouthSupport.WithProvider> passed = need.passToProvider(SupportServicesCases.youthProviders(), marked, PROJECT);
            if (passed.isLeft()) {
                return;
            }
            SupportPersonKind kind = r.nextBoolean() ? SupportPersonKind.TRUSTED : SupportPersonKind.PROFESSIONAL;
            LocalDate start = Generators.date(r, leaving.minusMonths(12), leaving.plusMonths(6));
            Either<SupportServiceError, YouthSupport.Assigned> assigned = passed.get().assign(
                    SupportServicesCases.supportPerson("sp", kind, passed.get().provider(), Language.ESTONIAN), start, SupportServicesCases.proposerFor(kind), CARE, PROJECT);
            LocalDate opens = kind == SupportPersonKind.TRUSTED ? leaving : leaving.minusMonths(6);
            if (start.isBefore(opens)) {
                assertEquals(Either.left(new SupportServiceError.BeforeWindow(opens)), assigned);
            }
            assigned.forEach(a -> assertFalse(a.assignment().from().isBefore(opens)));
        });
    }

    @RepeatedTest(5)
    @DisplayName("AHT-5: 8 caseworkers booking sessions for one family at once never exceed its quota")
    void quotaUnderConcurrency() throws Exception {
        InMemoryFamilyServicesRepository repo = new InMemoryFamilyServicesRepository();
        repo.save(new CaseId("kask"), FamilyServices.of(new CaseId("kask"), CarerKind.FOSTER, County.TARTU), 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LocalDate on = LocalDate.of(2018, 3, 1).plusDays(i);
                results.add(pool.submit(() -> {
                    start.await();
                    for (int attempt = 0; attempt < 20; attempt++) {
                        Versioned<FamilyServices> stored = repo.load(new CaseId("kask")).get().get();
                        Either<SupportServiceError, FamilyServices> booked = stored.value().bookPsychologicalSession(on, SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE);
                        if (booked.isLeft()) {
                            return false;
                        }
                        if (repo.save(new CaseId("kask"), booked.get(), stored.version()).isRight()) {
                            return true;
                        }
                    }
                    return false;
                }));
            }
            start.countDown();
            int booked = 0;
            for (Future<Boolean> f : results) {
                booked += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(3, booked);
            assertEquals(3, repo.load(new CaseId("kask")).get().get().value().sessions().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
