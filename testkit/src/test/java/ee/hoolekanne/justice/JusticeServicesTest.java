package ee.hoolekanne.justice;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.testkit.gen.Acts;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.JUSTICE;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.PARTNER;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Support services for prisoners and released prisoners, rule by rule, and the prisoner's way out. */
class JusticeServicesTest {

    private static final PersonalCode TOOMAS = PersonalCode.of(LocalDate.of(1991, 3, 3), Sex.MALE, 123);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PrisonerSupport.Requested requested(LocalDate release) {
        return PrisonerSupport.request(new CaseId("p-1"), TOOMAS, release, release.minusMonths(8), JUSTICE);
    }

    private static ReleasedAccommodation.Staying staying(LocalDate admitted) {
        return orFail(ReleasedAccommodation.admit(new CaseId("a-1"), TOOMAS, ReleasedAccommodation.Need.UNSUITABLE_RESIDENCE,
                admitted, new ProviderId("samaaria"), new UnitId("parnu-1"), Set.of(SupportingActivity.SOCIAL_COUNSELLING), admitted, JUSTICE));
    }

    @Test
    @DisplayName("JUS-1: six months before release is the main target group, not a limit: an earlier start is allowed and flagged; voluntary and free")
    void supportWindow() {
        PrisonerSupport.Requested requested = requested(d("2026-09-15"));
        PrisonerSupport.Supporting early = orFail(requested.assign(JusticeAndResocializationCases.volunteer("v"), Set.of(PARTNER),
                d("2026-03-14"), JUSTICE));
        assertTrue(early.outsideMainTargetGroup(JUSTICE), "one day before the six months: allowed, and flagged");
        PrisonerSupport.Supporting inTime = orFail(requested.assign(JusticeAndResocializationCases.volunteer("v"), Set.of(PARTNER),
                d("2026-03-15"), JUSTICE));
        assertFalse(inTime.outsideMainTargetGroup(JUSTICE), "six months before release: the main target group");
        assertFalse(inTime.end(d("2026-10-01"), "settled").outsideMainTargetGroup(JUSTICE));
        assertEquals(Money.ZERO, requested.costToPrisoner());
        assertEquals(d("2026-01-15"), requested.requestedOn(), "opened by the prisoner's own request");
    }

    @Test
    @DisplayName("JUS-2: trained volunteers of partner providers mediate contacts with authorities, employers and family")
    void volunteers() {
        PrisonerSupport.Requested requested = requested(d("2026-09-15"));
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, requested.assign(SupportServicesCases.supportPerson("paid",
                SupportPersonKind.PROFESSIONAL, PARTNER, Language.ESTONIAN), Set.of(PARTNER), d("2026-05-01"), JUSTICE).getLeft(), "paid");
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, requested.assign(JusticeAndResocializationCases.volunteer("v"),
                Set.of(new ProviderId("someone-else")), d("2026-05-01"), JUSTICE).getLeft(), "not a partner");
        PrisonerSupport.Supporting supporting = orFail(requested.assign(JusticeAndResocializationCases.volunteer("v"), Set.of(PARTNER),
                d("2026-05-01"), JUSTICE));
        for (Contact.Party party : Contact.Party.values()) {
            supporting = orFail(supporting.recordContact(new Contact(d("2026-06-01"), party, "arranged a meeting")));
        }
        assertEquals(4, supporting.contacts().size());
        assertFalse(supporting.contacts().get(0).toString().contains("meeting"));
    }

    @Test
    @DisplayName("JUS-3: accommodation for a released prisoner with no residence or an unsuitable one, with supporting activities")
    void accommodationEligibility() {
        assertInstanceOf(SupportServiceError.NotEligible.class, ReleasedAccommodation.admit(new CaseId("a"), TOOMAS,
                ReleasedAccommodation.Need.SUITABLE_RESIDENCE, d("2026-06-01"), new ProviderId("samaaria"), new UnitId("u"),
                Set.of(), d("2026-06-01"), JUSTICE).getLeft());
        assertEquals(Set.of(SupportingActivity.SOCIAL_COUNSELLING), staying(d("2026-06-01")).activities());
    }

    @Test
    @DisplayName("JUS-4: the action plan aims at independent coping, a permanent job and a dwelling, planned with the support person")
    void actionPlan() {
        ReleasedAccommodation.Staying stay = staying(d("2026-06-01"));
        var draft = JusticeAndResocializationCases.stagePlan(d("2026-06-05"));
        assertInstanceOf(SupportServiceError.Invalid.class, stay.drawUpActionPlan(draft, true, false, Option.none()).getLeft());
        ReleasedAccommodation.Staying planned = orFail(stay.drawUpActionPlan(draft, true, true, Option.some(new SupportPersonId("vol-1"))));
        assertEquals(Option.some(new SupportPersonId("vol-1")), planned.planHelper());
        assertInstanceOf(SupportServiceError.Invalid.class, planned.drawUpActionPlan(draft, true, true, Option.none()).getLeft());
    }

    @Test
    @DisplayName("JUS-5: a stay lasts six months from the day after admission (same day number, TsÜS § 135) and may be extended by a decision before it ends")
    void sixMonthsAndExtension() {
        ReleasedAccommodation.Staying stay = staying(d("2026-06-01"));
        assertEquals(d("2026-12-01"), stay.until(), "the admission day is not counted");
        Decision late = new Decision(new DecisionId("E-1"), Acts.justiceProvider("MTÜ Samaaria Eesti Misjon"), d("2026-12-02"),
                new Outcome.Extend(d("2027-02-28")), List.of(JUSTICE.basis(Rule.JUS_5)), Option.none(), Acts.reasons(d("2026-12-02")));
        assertInstanceOf(SupportServiceError.Invalid.class, stay.extend(late).getLeft());
        assertInstanceOf(SupportServiceError.Invalid.class, stay.expire(d("2026-12-01")).getLeft());
        assertEquals(d("2026-12-01"), orFail(stay.expire(d("2026-12-02"))).leftOn());
        EstonianCalendar calendar = EstonianCalendar.standard();
        Deadline end = stay.openObligations(calendar, JUSTICE).get(0).deadline();
        assertEquals(calendar.deadline(d("2026-06-01"), Term.months(6), JUSTICE.basis(Rule.JUS_5), "admitted"), end,
                "the end is counted on the calendar and explains itself");
        assertEquals(d("2026-12-01"), end.dueDate());
    }

    @Test
    @DisplayName("JUS-5: a stay ending on a Sunday runs to that day; the obligation moves to the next working day (CAL-5)")
    void endOnWeekend() {
        ReleasedAccommodation.Staying weekend = staying(d("2026-04-04"));
        assertEquals(d("2026-10-04"), weekend.until(), "Sunday, same day number");
        assertEquals(d("2026-10-05"), weekend.openObligations(EstonianCalendar.standard(), JUSTICE).get(0).deadline().dueDate());
    }

    @Test
    @DisplayName("JUS-6: accommodation providers are found by location in directory data")
    void providersByLocation() {
        var directory = JusticeAndResocializationCases.accommodationProviders();
        String service = JusticeAndResocializationCases.ACCOMMODATION;
        assertEquals(List.of("MTÜ Lootuse Küla"), directory.atLocation(service, "Laitse", d("2026-06-01")).stream().map(p -> p.name()).toList());
        assertEquals(List.of("MTÜ Samaaria Eesti Misjon"), directory.atLocation(service, "Haapsalu", d("2026-06-01")).stream().map(p -> p.name()).toList());
        assertEquals(2, directory.atLocation(service, "Jõhvi", d("2026-06-01")).size());
        assertTrue(directory.atLocation(service, "Tartu", d("2026-06-01")).isEmpty());
    }

    @Test
    @DisplayName("JUS-7: both services are funded by the European Social Fund")
    void funding() {
        assertEquals(FundingSource.EUROPEAN_SOCIAL_FUND, requested(d("2026-09-15")).funding());
        assertEquals(FundingSource.EUROPEAN_SOCIAL_FUND, staying(d("2026-06-01")).funding());
    }

    @Test
    @DisplayName("JUS-1 JUS-2 JUS-3 JUS-5: a prisoner gets a support person 5 months before release, is released, and lives in accommodation for 6 months with one extension")
    void prisonerScenario() {
        LocalDate release = d("2026-06-15");
        PrisonerSupport.Supporting support = orFail(requested(release).assign(JusticeAndResocializationCases.volunteer("vol-3"),
                Set.of(PARTNER), release.minusMonths(5), JUSTICE));
        support = orFail(support.recordContact(new Contact(d("2026-03-02"), Contact.Party.FAMILY, "family visit")));
        support = orFail(support.release(release));
        support = orFail(support.recordContact(new Contact(d("2026-06-17"), Contact.Party.LOCAL_GOVERNMENT, "registered residence")));

        ReleasedAccommodation.Staying stay = orFail(ReleasedAccommodation.admit(new CaseId("2026-ACC-4"), TOOMAS,
                ReleasedAccommodation.Need.NO_RESIDENCE, release, new ProviderId("lootuse-kula"), new UnitId("laitse-2"),
                Set.of(SupportingActivity.DEBT_COUNSELLING, SupportingActivity.WORK), release, JUSTICE));
        stay = orFail(stay.drawUpActionPlan(JusticeAndResocializationCases.stagePlan(d("2026-06-22")), true, true,
                Option.some(support.assignment().supportPerson())));
        assertEquals(d("2026-12-15"), stay.until(), "six months");

        InMemoryAdapters memory = InMemoryAdapters.create(release);
        memory.releasedAccommodation().save(stay.id(), stay, 0);
        DeadlineWatchService watch = memory.deadlineWatch(List.of(memory.accommodation(JusticeSchedule.standard())));
        watch.recomputeObligations().get();
        assertEquals(List.of("2026-ACC-4 JUS-5 2026-12-15"), watch.queryDeadlines(new QueryDeadlinesCommand(d("2026-12-01"), 10)).get()
                .stream().map(o -> o.caseId() + " " + o.deadline().legalBasis().get().ruleId() + " " + o.deadline().dueDate()).toList());

        ReleasedAccommodation.Staying extended = orFail(stay.extend(new Decision(new DecisionId("LK-2026-8"),
                Acts.justiceProvider("MTÜ Lootuse Küla"), d("2026-12-01"), new Outcome.Extend(d("2027-02-28")),
                List.of(JUSTICE.basis(Rule.JUS_5)), Option.none(), Acts.reasons(d("2026-12-01")))));
        assertEquals(1, extended.extensions().size());
        ReleasedAccommodation.Left left = orFail(extended.leave(d("2027-02-26"), "rented a room, works at a sawmill"));
        assertEquals(d("2027-02-26"), left.leftOn());
        PrisonerSupport.Ended ended = support.end(d("2027-02-28"), "settled");
        assertEquals(2, ended.contacts().size());
    }
}
