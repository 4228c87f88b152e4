package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.calendar.CalendarRules;
import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.HolidayDate;
import ee.hoolekanne.domain.calendar.HolidayRule;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteCareSchedule;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.ObligationSource;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;

import static ee.hoolekanne.testkit.gen.Results.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The caseworker's morning list across services, read from the open obligations, and their recomputation. */
class CrossServiceDeadlineWatchTest {

    private final InMemoryAdapters memory = InMemoryAdapters.create(LocalDate.of(2020, 3, 2));

    private List<ObligationSource> services(EstonianCalendar calendar) {
        return List.of(
                memory.socialHousing(new SocialHousingSettings(new SocialHousingSchedule(calendar, SocialHousingRules.tartu(),
                        SocialHousingSchedule.tartu().procedures()),
                        SubsistenceLevels.estonia(), "s", "w")),
                memory.protection(new ProtectionSchedule(calendar, SupportServicesCases.PROTECTION,
                        ProtectionSchedule.standard().procedures())),
                memory.youthSupport(SupportServicesCases.youthProviders(), new SubstituteCareSchedule(calendar, SupportServicesCases.CARE),
                        SupportServicesCases.PROJECT),
                memory.substituteCare(SupportServicesCases.familyProviders(), new SubstituteCareSchedule(calendar, SupportServicesCases.CARE),
                        SupportServicesCases.PROJECT));
    }

    private static List<String> list(DeadlineWatchService watch, LocalDate on, int lookahead) {
        return ok(watch.queryDeadlines(new QueryDeadlinesCommand(on, lookahead))).stream()
                .map(o -> o.caseId() + " " + o.deadline().legalBasis().get().ruleId() + " " + o.deadline().dueDate()).toList();
    }

    @Test
    @DisplayName("RVK-5 AHT-8 AHT-12 TSM-8: the deadline watch lists every service's obligations in one read, earliest first; a recompute fills the "
            + "read model from cases stored without it")
    void mergesServices() {
        EstonianCalendar calendar = EstonianCalendar.standard();
        List<ObligationSource> services = services(calendar);
        ok(((SocialHousingService) services.get(0)).submitApplication(new SubmitApplicationCommand(new CaseId("sh-1"),
                SocialHousingCases.completeForm(SocialHousingCases.single(new SplittableRandom(3))), LocalDate.of(2020, 3, 2))));
        // cases stored without the use cases (as a migration would) are not on the list until the obligations are recomputed
        ProtectionReferral withProvider = SupportServicesCases.protectionJourney(new CaseId("rvk-1"), LocalDate.of(2020, 3, 2)).get(1);
        memory.protectionReferrals().save(withProvider.id(), withProvider, 0);
        YouthSupport cooperating = SupportServicesCases.youthJourney(new CaseId("aht-1"), County.TARTU, LocalDate.of(2019, 12, 1)).get(3);
        memory.youthSupport().save(cooperating.id(), cooperating, 0);
        SubstituteHome home = SupportServicesCases.homeHistory("home-1").get(0);
        memory.substituteHomes().save(home.id(), home, 0);
        DeadlineWatchService watch = memory.deadlineWatch(services);
        assertEquals(List.of("sh-1 TSM-8 2020-03-16"), list(watch, LocalDate.of(2020, 3, 16), 0));

        assertEquals(6, ok(watch.recomputeObligations()));
        assertEquals(List.of(
                "home-1 AHT-8 2019-09-02",
                "aht-1 AHT-12 2019-12-02",
                "rvk-1 RVK-5 2020-03-11",
                "sh-1 TSM-8 2020-03-16"), list(watch, LocalDate.of(2020, 3, 16), 0));
        List<Obligation> later = ok(watch.queryDeadlines(new QueryDeadlinesCommand(LocalDate.of(2020, 3, 16), 250)));
        assertEquals(List.of("home-1", "aht-1", "rvk-1", "sh-1", "aht-1", "rvk-1"), later.stream().map(o -> o.caseId().value()).toList());
    }

    @Test
    @DisplayName("CAL-1, CAL-8: after a new public holiday (a library update), one recompute moves every open deadline it affects")
    void recomputeAfterANewHoliday() {
        EstonianCalendar standard = EstonianCalendar.standard();
        SocialHousingService before = (SocialHousingService) services(standard).get(0);
        ok(before.submitApplication(new SubmitApplicationCommand(new CaseId("sh-1"),
                SocialHousingCases.completeForm(SocialHousingCases.single(new SplittableRandom(3))), LocalDate.of(2020, 3, 2))));
        assertEquals(List.of("sh-1 TSM-8 2020-03-16"), list(memory.deadlineWatch(List.of(before)), LocalDate.of(2020, 3, 31), 0));

        // a hypothetical day off on 10 March from 2020 on: the 10 working days end one working day later
        EstonianCalendar amended = EstonianCalendar.of(CalendarRules.estonia().withHoliday(new HolidayRule("HYPOTHETICAL",
                "katsepüha", "Test Day", new HolidayDate.Fixed(MonthDay.of(3, 10)), EffectivePeriod.since(LocalDate.of(2020, 1, 1)))));
        DeadlineWatchService watch = memory.deadlineWatch(services(amended));
        assertEquals(1, ok(watch.recomputeObligations()));
        assertEquals(List.of("sh-1 TSM-8 2020-03-17"), list(watch, LocalDate.of(2020, 3, 31), 0));
    }
}
