package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.VersionedRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of {@link ApplicationRepository}: the {@link VersionedRepositoryContract} over
 * social housing cases in every state (single persons and families), and {@code findActive}.
 * Extend it with {@link #newRepository()} returning a fresh, empty adapter.
 */
public abstract class ApplicationRepositoryContract extends VersionedRepositoryContract<CaseId, Application> {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);

    /** A fresh, empty repository. */
    protected abstract ApplicationRepository newApplicationRepository();

    @Override
    protected final VersionedRepository<CaseId, Application> newRepository() {
        return newApplicationRepository();
    }

    @Override
    protected List<List<Application>> histories() {
        SplittableRandom random = new SplittableRandom(86);
        List<List<Application>> histories = new ArrayList<>();
        histories.add(SocialHousingCases.journey(new CaseId("single-journey"), SocialHousingCases.single(random), START));
        histories.add(SocialHousingCases.journey(new CaseId("family-journey"), SocialHousingCases.family(random), START));
        SocialHousingCases.inEveryState("single", SocialHousingCases.single(random), START).forEach(a -> histories.add(List.of(a)));
        SocialHousingCases.inEveryState("family", SocialHousingCases.family(random), START).forEach(a -> histories.add(List.of(a)));
        return histories;
    }

    @Override
    protected CaseId keyOf(Application aggregate) {
        return aggregate.id();
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }

    @Test
    @DisplayName("findActive returns every case not Refused, Lapsed or Ended, in case-id order, as last saved")
    void findActive() {
        ApplicationRepository cases = newApplicationRepository();
        List<Application> all = SocialHousingCases.inEveryState("f", SocialHousingCases.single(new SplittableRandom(7)), START);
        for (Application app : all) {
            cases.save(app.id(), app, 0).getOrElseThrow(e -> new AssertionError(e.message()));
        }
        List<String> active = cases.findActive().getOrElseThrow(e -> new AssertionError(e.message()))
                .stream().map(a -> a.id().value()).toList();
        assertEquals(List.of("f-Assessed", "f-Complete", "f-Contracted", "f-Delivered", "f-Granted", "f-InService",
                "f-Incomplete", "f-WaitListed"), active);
    }

    @Test
    @DisplayName("TSM-8, TSM-13, TSM-19 deadline watch: findDueBy returns the active cases with an obligation due by the horizon, as last saved, in id order")
    void findDueBy() {
        ApplicationRepository cases = newApplicationRepository();
        SplittableRandom random = new SplittableRandom(19);
        List<List<Application>> journeys = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            LocalDate start = START.plusDays(random.nextInt(200));
            journeys.add(SocialHousingCases.journey(new CaseId("due-" + i), i % 2 == 0
                    ? SocialHousingCases.single(random) : SocialHousingCases.family(random), start));
        }
        DueByCheck.check(cases, cases::findDueBy, Application::id, journeys, SocialHousingSchedule.tartu(),
                START.minusDays(30), START.plusDays(1200), 86);
    }
}
