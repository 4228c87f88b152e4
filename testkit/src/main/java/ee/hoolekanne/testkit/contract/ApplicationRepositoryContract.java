package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.CaseRepository;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of {@link ApplicationRepository}: the {@link CaseRepositoryContract} over social
 * housing cases in every state (single persons and families). Extend it with
 * {@link #newApplicationRepository()} returning a fresh, empty adapter.
 */
public abstract class ApplicationRepositoryContract extends CaseRepositoryContract<Application> {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);

    /** A fresh, empty repository. */
    protected abstract ApplicationRepository newApplicationRepository();

    @Override
    protected final CaseRepository<Application> newCaseRepository() {
        return newApplicationRepository();
    }

    @Override
    protected List<List<Application>> histories() {
        SplittableRandom random = new SplittableRandom(86);
        List<List<Application>> histories = new ArrayList<>();
        histories.add(SocialHousingCases.journey(new CaseId("single-journey"), SocialHousingCases.single(random), START));
        histories.add(SocialHousingCases.journey(new CaseId("family-journey"), SocialHousingCases.family(random), START));
        histories.add(SocialHousingCases.recordsJourney(new CaseId("records-journey"), SocialHousingCases.single(random), START));
        SocialHousingCases.inEveryState("single", SocialHousingCases.single(random), START).forEach(a -> histories.add(List.of(a)));
        SocialHousingCases.inEveryState("family", SocialHousingCases.family(random), START).forEach(a -> histories.add(List.of(a)));
        return histories;
    }

    @Override
    protected CaseId unknownKey() {
        return new CaseId("no-such-case");
    }

    @Test
    @DisplayName("findOpen returns exactly the cases not Refused, Lapsed or Ended, in case-id order")
    void findOpenByState() {
        ApplicationRepository cases = newApplicationRepository();
        List<Application> all = SocialHousingCases.inEveryState("f", SocialHousingCases.single(new SplittableRandom(7)), START);
        for (Application app : all) {
            cases.save(app.id(), app, 0).getOrElseThrow(e -> new AssertionError(e.message()));
        }
        List<String> open = cases.findOpen().getOrElseThrow(e -> new AssertionError(e.message()))
                .stream().map(a -> a.id().value()).toList();
        assertEquals(List.of("f-Assessed", "f-Complete", "f-Contracted", "f-Delivered", "f-Granted", "f-InService",
                "f-Incomplete", "f-WaitListed"), open);
    }
}
