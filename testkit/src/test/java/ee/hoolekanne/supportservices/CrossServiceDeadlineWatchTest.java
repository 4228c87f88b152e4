package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.deadline.Obligation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.port.in.QueryAllDeadlinesCommand;
import ee.hoolekanne.port.in.SubmitApplicationCommand;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemorySocialHousing;
import ee.hoolekanne.testkit.inmemory.InMemorySupportServices;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.SocialHousingService;
import ee.hoolekanne.usecase.SocialHousingSettings;
import ee.hoolekanne.usecase.SupportServicesFeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One morning list for every service, without the watch knowing any of them. */
class CrossServiceDeadlineWatchTest {

    @Test
    @DisplayName("RVK-5 AHT-8 AHT-12 TSM-8: the deadline watch merges every service's obligations, earliest first")
    void mergesServices() {
        InMemorySocialHousing housing = InMemorySocialHousing.create(LocalDate.of(2019, 5, 2));
        SocialHousingService socialHousing = new SocialHousingService(housing.ports(), SocialHousingSettings.tartu("s", "w"));
        socialHousing.submitApplication(new SubmitApplicationCommand(new CaseId("sh-1"),
                SocialHousingCases.completeForm(SocialHousingCases.single(new SplittableRandom(3))), LocalDate.of(2020, 3, 2)));

        InMemorySupportServices.Referrals referrals = new InMemorySupportServices.Referrals();
        ProtectionReferral withProvider = SupportServicesCases.protectionJourney(new CaseId("rvk-1"), LocalDate.of(2020, 3, 2)).get(1);
        referrals.save(withProvider.id(), withProvider, 0);
        InMemorySupportServices.Youth youth = new InMemorySupportServices.Youth();
        YouthSupport cooperating = SupportServicesCases.youthJourney(new CaseId("aht-1"), County.TARTU, LocalDate.of(2019, 12, 1)).get(3);
        youth.save(cooperating.id(), cooperating, 0);
        InMemorySupportServices.Homes homes = new InMemorySupportServices.Homes();
        SubstituteHome home = SupportServicesCases.homeHistory("home-1").get(0);
        homes.save(home.id(), home, 0);

        EstonianCalendar calendar = EstonianCalendar.standard();
        DeadlineWatchService watch = new DeadlineWatchService(List.of(socialHousing,
                new SupportServicesFeed(referrals, youth, homes, calendar, SupportServicesCases.PROTECTION, SupportServicesCases.CARE)),
                calendar);
        List<String> due = watch.queryAllDeadlines(new QueryAllDeadlinesCommand(LocalDate.of(2020, 3, 16), 0)).get().stream()
                .map(o -> o.caseId() + " " + o.deadline().legalBasis().get().ruleId() + " " + o.deadline().dueDate()).toList();
        assertEquals(List.of(
                "home-1 AHT-8 2019-09-02",
                "aht-1 AHT-12 2019-12-02",
                "rvk-1 RVK-5 2020-03-11",
                "sh-1 TSM-8 2020-03-16"), due);
        List<Obligation> later = watch.queryAllDeadlines(new QueryAllDeadlinesCommand(LocalDate.of(2020, 3, 16), 250)).get();
        assertEquals(List.of("home-1", "aht-1", "rvk-1", "sh-1", "aht-1", "rvk-1"), later.stream().map(o -> o.caseId().value()).toList());
    }
}
