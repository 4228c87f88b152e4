package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.JusticeSchedule;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.in.justice.*;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.gen.Acts;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.usecase.DeadlineWatchService;
import ee.hoolekanne.usecase.justice.AccommodationService;
import ee.hoolekanne.usecase.justice.PrisonerSupportService;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.JUSTICE;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.PARTNER;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.stagePlan;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.volunteer;
import static ee.hoolekanne.testkit.gen.Results.failure;
import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The justice services through their use cases, on any storage adapter: a subclass gives a fresh
 * {@link Storage} for each test, and every command runs on it and is read back from it.
 */
public abstract class JusticeServicesContract {

    private static final LocalDate RELEASE = LocalDate.of(2026, 9, 1);
    private static final CaseId STAY = new CaseId("2026-ACC-1");

    private InMemoryAdapters memory;

    /** A fresh, empty storage adapter: called once for each test. */
    protected abstract Storage storage();

    @BeforeEach
    void fresh() {
        memory = InMemoryAdapters.over(storage(), RELEASE);
    }

    @Test
    @DisplayName("JUS-1, JUS-2: request, volunteer, contacts, release and end, each saved under its version; a start more than six months before release is allowed and flagged")
    void prisonerSupport() {
        PrisonerSupportService service = memory.prisonerSupport(JusticeSchedule.standard());
        CaseId id = new CaseId("2026-JUS-1");
        ok(service.requestSupport(new RequestSupportCommand(id, PersonalCode.of(LocalDate.of(1990, 2, 2), Sex.MALE, 88), RELEASE,
                RELEASE.minusMonths(7))));
        Versioned<PrisonerSupport> requested = memory.storage().prisonerSupport().load(id).get().get();
        assertTrue(requested.value().outsideMainTargetGroup(JusticeRules.ministryOfJustice()), "asked for seven months before release");
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, refusal(service.assignVolunteer(new AssignVolunteerCommand(id,
                volunteer("vol-1"), Set.of(), RELEASE.minusMonths(7)))));
        assertEquals(requested, memory.storage().prisonerSupport().load(id).get().get(), "a refused command writes nothing");
        ok(service.assignVolunteer(new AssignVolunteerCommand(id, volunteer("vol-1"), Set.of(PARTNER), RELEASE.minusMonths(7))));
        assertTrue(memory.storage().prisonerSupport().load(id).get().get().value().outsideMainTargetGroup(JusticeRules.ministryOfJustice()),
                "JUS-1: an earlier start is not refused: it is flagged, and the flag survives the store");
        ok(service.recordContact(new RecordContactCommand(id, new Contact(RELEASE.minusMonths(4), Contact.Party.FAMILY, "visit"))));
        ok(service.recordRelease(new RecordReleaseCommand(id, RELEASE)));
        ok(service.endSupport(new EndSupportCommand(id, RELEASE.plusMonths(3), "settled")));
        assertInstanceOf(PrisonerSupport.Ended.class, memory.storage().prisonerSupport().load(id).get().get().value());
        assertEquals(5, memory.storage().prisonerSupport().load(id).get().get().version());
    }

    private ReleasedAccommodation.Staying admit(AccommodationService service) {
        return (ReleasedAccommodation.Staying) ok(service.admitReleasedPrisoner(new AdmitReleasedPrisonerCommand(STAY,
                PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99), ReleasedAccommodation.Need.NO_RESIDENCE, RELEASE,
                new ProviderId("lootuse-kula"), new UnitId("laitse-3"), Set.of(SupportingActivity.WORK), RELEASE)));
    }

    private static Decision extension(String id, LocalDate on, LocalDate until) {
        return new Decision(new DecisionId(id), Acts.justiceProvider("MTÜ Lootuse Küla"), on, new Outcome.Extend(until),
                List.of(JUSTICE.basis(Rule.JUS_5)), Option.none(), Acts.reasons(on));
    }

    @Test
    @DisplayName("JUS-3 .. JUS-6: admission, action plan, extension by decision and leaving, each saved under its version; a state that cannot take a command refuses it")
    void accommodation() {
        AccommodationService service = memory.accommodation(JusticeSchedule.standard());
        ReleasedAccommodation.Staying staying = admit(service);
        ok(service.drawUpActionPlan(new DrawUpActionPlanCommand(STAY, stagePlan(RELEASE.plusDays(7)), true, true, Option.none())));
        ok(service.extendStay(new ExtendStayCommand(STAY, extension("E-1", staying.until().minusDays(10), staying.until().plusMonths(2)))));
        ok(service.leaveAccommodation(new LeaveAccommodationCommand(STAY, staying.until(), "moved to a rented room")));
        assertEquals(4, memory.storage().releasedAccommodation().load(STAY).get().get().version());
        assertEquals(new CaseFailure.WrongState<>("extend the stay", "Left"), failure(service.extendStay(new ExtendStayCommand(STAY,
                new Decision(new DecisionId("E-2"), Acts.justiceProvider("MTÜ Lootuse Küla"), staying.until(),
                        new Outcome.Extend(staying.until().plusMonths(4)), List.of(LegalBasis.of(Rule.JUS_5, "extension")), Option.none(), Acts.reasons(staying.until()))))));
    }

    @Test
    @DisplayName("JUS-5: the stay's end is on the morning list; an extension moves it; the stay ends at its last day through the use case")
    void endAndExtensionOnTheList() {
        AccommodationService service = memory.accommodation(JusticeSchedule.standard());
        DeadlineWatchService watch = memory.deadlineWatch(List.of(service));
        ReleasedAccommodation.Staying staying = admit(service);
        List<LocalDate> due = ok(watch.queryDeadlines(new QueryDeadlinesCommand(staying.until(), 0))).stream()
                .map(o -> o.deadline().dueDate()).toList();
        assertEquals(List.of(staying.until()), due);
        LocalDate extendedUntil = staying.until().plusMonths(3);
        ok(service.extendStay(new ExtendStayCommand(STAY, extension("E-1", staying.until().minusDays(5), extendedUntil))));
        assertEquals(List.of(), ok(watch.queryDeadlines(new QueryDeadlinesCommand(staying.until(), 0))));
        assertEquals(List.of(extendedUntil), ok(watch.queryDeadlines(new QueryDeadlinesCommand(extendedUntil, 0))).stream()
                .map(o -> o.deadline().dueDate()).toList());
        assertInstanceOf(SupportServiceError.Invalid.class, refusal(service.expireStay(new ExpireStayCommand(STAY, extendedUntil))));
        ReleasedAccommodation.Left left = (ReleasedAccommodation.Left) ok(service.expireStay(new ExpireStayCommand(STAY,
                extendedUntil.plusDays(1))));
        assertEquals(extendedUntil, left.leftOn());
        assertEquals(List.of(), ok(watch.queryDeadlines(new QueryDeadlinesCommand(extendedUntil.plusYears(1), 0))));
    }
}
