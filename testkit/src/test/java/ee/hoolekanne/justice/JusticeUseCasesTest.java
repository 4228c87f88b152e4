package ee.hoolekanne.justice;

import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AdmitReleasedPrisonerCommand;
import ee.hoolekanne.port.in.AssignVolunteerCommand;
import ee.hoolekanne.port.in.DrawUpStayActionPlanCommand;
import ee.hoolekanne.port.in.EndPrisonerSupportCommand;
import ee.hoolekanne.port.in.ExtendStayCommand;
import ee.hoolekanne.port.in.LeaveAccommodationCommand;
import ee.hoolekanne.port.in.RecordContactCommand;
import ee.hoolekanne.port.in.RecordReleaseCommand;
import ee.hoolekanne.port.in.RequestPrisonerSupportCommand;
import ee.hoolekanne.port.out.Versioned;
import ee.hoolekanne.testkit.inmemory.InMemoryJusticeAndResocialization;
import ee.hoolekanne.usecase.JusticeServices;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.JUSTICE;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.PARTNER;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.stagePlan;
import static ee.hoolekanne.testkit.gen.JusticeAndResocializationCases.volunteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The justice services through their use cases, on the in-memory repositories. */
class JusticeUseCasesTest {

    private static final LocalDate RELEASE = LocalDate.of(2026, 9, 1);

    @Test
    @DisplayName("JUS-1, JUS-2: request, volunteer from six months before release, contacts, release and end, each saved under its version; too early is refused")
    void prisonerSupport() {
        InMemoryJusticeAndResocialization.PrisonerSupports cases = new InMemoryJusticeAndResocialization.PrisonerSupports();
        JusticeServices.PrisonerSupportService service = new JusticeServices.PrisonerSupportService(cases, JUSTICE);
        CaseId id = new CaseId("2026-JUS-1");
        service.request(new RequestPrisonerSupportCommand(id, PersonalCode.of(LocalDate.of(1990, 2, 2), Sex.MALE, 88), RELEASE,
                RELEASE.minusMonths(7))).get();
        Versioned<PrisonerSupport> requested = cases.load(id).get().get();
        assertInstanceOf(SupportServiceError.BeforeWindow.class, service.assign(new AssignVolunteerCommand(id, volunteer("vol-1"),
                Set.of(PARTNER), RELEASE.minusMonths(7))).getLeft());
        assertEquals(requested, cases.load(id).get().get(), "a refused command writes nothing");
        service.assign(new AssignVolunteerCommand(id, volunteer("vol-1"), Set.of(PARTNER), RELEASE.minusMonths(5))).get();
        service.recordContact(new RecordContactCommand(id, new Contact(RELEASE.minusMonths(4), Contact.Party.FAMILY, "visit"))).get();
        service.release(new RecordReleaseCommand(id, RELEASE)).get();
        service.end(new EndPrisonerSupportCommand(id, RELEASE.plusMonths(3), "settled")).get();
        assertInstanceOf(PrisonerSupport.Ended.class, cases.load(id).get().get().value());
        assertEquals(5, cases.load(id).get().get().version());
    }

    @Test
    @DisplayName("JUS-3 .. JUS-6: admission, action plan, extension by decision and leaving, each saved under its version; a state that cannot take a command refuses it")
    void accommodation() {
        InMemoryJusticeAndResocialization.Accommodations stays = new InMemoryJusticeAndResocialization.Accommodations();
        JusticeServices.AccommodationService service = new JusticeServices.AccommodationService(stays, JUSTICE);
        CaseId id = new CaseId("2026-ACC-1");
        ReleasedAccommodation.Staying staying = (ReleasedAccommodation.Staying) service.admit(new AdmitReleasedPrisonerCommand(id,
                PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99), ReleasedAccommodation.Need.NO_RESIDENCE, RELEASE,
                new ProviderId("lootuse-kula"), new UnitId("laitse-3"), Set.of(SupportingActivity.WORK), RELEASE)).get();
        service.drawUpActionPlan(new DrawUpStayActionPlanCommand(id, stagePlan(RELEASE.plusDays(7)), true, true, Option.none())).get();
        service.extend(new ExtendStayCommand(id, new Decision(new DecisionId("E-1"), new DecisionMaker("MTÜ Lootuse Küla"),
                staying.until().minusDays(10), new Outcome.Extend(staying.until().plusMonths(2)), List.of(JUSTICE.basis("JUS-5")),
                Option.none()))).get();
        service.leave(new LeaveAccommodationCommand(id, staying.until(), "moved to a rented room")).get();
        assertEquals(4, stays.load(id).get().get().version());
        assertEquals(new SupportServiceError.WrongState("extend", "Left"), service.extend(new ExtendStayCommand(id,
                new Decision(new DecisionId("E-2"), new DecisionMaker("MTÜ Lootuse Küla"), staying.until(),
                        new Outcome.Extend(staying.until().plusMonths(4)), List.of(LegalBasis.of("JUS-5", "extension")), Option.none()))).getLeft());
    }
}
