package ee.hoolekanne.acts;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.calendar.Timeline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.Duty;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.decision.ActDefect;
import ee.hoolekanne.domain.decision.ActKind;
import ee.hoolekanne.domain.decision.ChallengeRoute;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.housing.HousingStock;
import ee.hoolekanne.domain.housing.HousingUnit;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationSchedule;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.domain.socialhousing.SocialHousingSchedule;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.protection.ReferForSupportPersonCommand;
import ee.hoolekanne.port.in.resocialization.GrantServiceCommand;
import ee.hoolekanne.port.in.resocialization.SubmitApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.AssessApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DecideApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.DeliverDecisionCommand;
import ee.hoolekanne.port.in.socialhousing.LeaveUnprocessedCommand;
import ee.hoolekanne.port.in.socialhousing.SetRemedyTermCommand;
import ee.hoolekanne.port.in.socialhousing.SignContractCommand;
import ee.hoolekanne.port.in.socialhousing.StartUseCommand;
import ee.hoolekanne.port.in.socialhousing.SupplementApplicationCommand;
import ee.hoolekanne.port.in.socialhousing.TerminateServiceCommand;
import ee.hoolekanne.testkit.gen.Acts;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.testkit.inmemory.InMemoryAdapters;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.usecase.socialhousing.SocialHousingService;
import ee.hoolekanne.usecase.socialhousing.SocialHousingSettings;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.Results.ok;
import static ee.hoolekanne.testkit.gen.Results.refusal;
import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decisions as administrative acts (HMS-1 .. HMS-6) through the use cases of every service that
 * decides, on the in-memory adapters: a defective decision is refused with a typed error and
 * changes nothing.
 */
class AdministrativeActsTest {

    private static final CaseId CASE = new CaseId("2026-SH-HMS");
    private static final PersonalCode PEETER = PersonalCode.of(LocalDate.of(1980, 3, 3), Sex.MALE, 15);
    private static final String STOCK = "tartu-stock";
    private static final EstonianCalendar CAL = EstonianCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static InMemoryAdapters adapters() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-01-05"));
        memory.register().register(PEETER, d("2015-01-01"), "Tartu linn", "Annelinn");
        HousingStock stock = orFail(HousingStock.empty(STOCK).withUnit(HousingUnit.bedPlace("bed-1", "Uus 10", "room 2")));
        orFail(memory.housingStocks().save(STOCK, stock, 0));
        return memory;
    }

    private static SocialHousingService service(InMemoryAdapters memory) {
        return memory.socialHousing(SocialHousingSettings.tartu(STOCK, "tartu-waiting"));
    }

    /** Peeter's complete, assessed application. */
    private static SocialHousingService assessed(InMemoryAdapters memory) {
        SocialHousingService service = service(memory);
        ok(service.submitApplication(new ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand(CASE,
                SocialHousingCases.completeForm(ee.hoolekanne.domain.household.Household.single(PEETER)), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(CASE, SocialHousingCases.assessment(d("2026-01-06")))));
        return service;
    }

    private static DecideApplicationCommand decide(DecisionMaker by, Outcome outcome, Reasons reasons) {
        return new DecideApplicationCommand(CASE, new DecisionId("K-1"), by, d("2026-01-07"), outcome, reasons);
    }

    private static final Outcome GRANT = new Outcome.Grant(new UnitId("bed-1"), d("2026-06-30"));
    private static final Outcome REFUSE = new Outcome.Refuse(List.of(RefusalGround.NEED_NOT_PROVEN));

    private static void unchanged(InMemoryAdapters memory, String state) {
        assertEquals(state, memory.applications().load(CASE).get().get().value().state());
        assertEquals(List.of(), memory.outbox().all(), "nobody is told of a refused decision");
    }

    @Test
    @DisplayName("HMS-4: only the role the rule set names decides; a decision by anyone else is refused and changes nothing, and the decision records the role and the signer")
    void competence() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = assessed(memory);
        DecisionMaker specialist = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_SPECIALIST, "Mari Mets");
        SocialHousingError refused = refusal(service.decideApplication(decide(specialist, GRANT, SocialHousingCases.reasons(d("2026-01-07")))));
        assertEquals(new SocialHousingError.DefectiveDecision(new ActDefect.NoCompetence(ActKind.GRANT, ProcedureRules.TARTU_SPECIALIST)), refused);
        DecisionMaker freeText = new DecisionMaker("Tartu welfare committee");
        assertInstanceOf(ActDefect.NoCompetence.class, ((SocialHousingError.DefectiveDecision) refusal(service.decideApplication(
                decide(freeText, GRANT, SocialHousingCases.reasons(d("2026-01-07")))))).defect());
        unchanged(memory, "Assessed");

        Application granted = ok(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, SocialHousingCases.reasons(d("2026-01-07")))));
        Decision decision = granted.decisions().get(0);
        assertEquals(ProcedureRules.TARTU_COMMITTEE, decision.madeBy().role());
        assertEquals(Option.some("Kati Kask"), decision.madeBy().signer());
        assertTrue(!decision.madeBy().toString().contains("Kati Kask") && !decision.toString().contains("Kati Kask"),
                "the signer's name stays out of toString()");
    }

    @Test
    @DisplayName("HMS-2: a decision states its facts; one without is refused and changes nothing; the facts stay out of toString()")
    void reasons() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = assessed(memory);
        assertEquals(new SocialHousingError.DefectiveDecision(new ActDefect.NoReasons()),
                refusal(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, Reasons.NONE))));
        unchanged(memory, "Assessed");
        Reasons health = Reasons.of("Diagnosed with a chronic illness on 2025-11-02.");
        Application granted = ok(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, health)));
        assertEquals(health.facts(), granted.decisions().get(0).reasons().facts());
        assertTrue(!granted.decisions().get(0).toString().contains("chronic"), "facts are personal data");
    }

    @Test
    @DisplayName("HMS-5: a refusal or an early end records the hearing or why none was held; without, refused and nothing changes; a hearing after the decision is refused")
    void hearing() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = assessed(memory);
        Reasons unheard = Reasons.of("The documents do not prove the need for the service.");
        assertEquals(new SocialHousingError.DefectiveDecision(new ActDefect.NoHearing(ActKind.REFUSE)),
                refusal(service.decideApplication(decide(SocialHousingCases.COMMITTEE, REFUSE, unheard))));
        assertEquals(new SocialHousingError.DefectiveDecision(new ActDefect.HearingAfterDecision()),
                refusal(service.decideApplication(decide(SocialHousingCases.COMMITTEE, REFUSE,
                        unheard.heard(new Hearing.Held(d("2026-01-08"), "in writing"))))));
        unchanged(memory, "Assessed");
        Reasons notHeld = unheard.heard(new Hearing.NotHeld("HMS § 40(3) 6)", "the applicant could not be reached at the address given"));
        Application refused = ok(service.decideApplication(decide(SocialHousingCases.COMMITTEE, REFUSE, notHeld)));
        assertEquals(notHeld, ((Application.Refused) refused).decision().reasons());
    }

    @Test
    @DisplayName("HMS-5: ending the service early without a hearing is refused; with one, the service ends")
    void hearingBeforeAnEnd() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = assessed(memory);
        ok(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, SocialHousingCases.reasons(d("2026-01-07")))));
        ok(service.deliverDecision(new DeliverDecisionCommand(CASE, new Delivery(DeliveryMethod.ELECTRONIC,
                d("2026-01-07").atTime(12, 0).atZone(Delivery.TALLINN).toInstant()))));
        ok(service.signContract(new SignContractCommand(CASE, new ServiceContract("V-1", ShelterProvider.VARJUPAIK, List.of(PEETER),
                d("2026-01-08"), d("2026-01-08"), d("2026-06-30")))));
        ok(service.startUse(new StartUseCommand(CASE, d("2026-01-08"))));
        TerminateServiceCommand without = new TerminateServiceCommand(CASE, new DecisionId("K-2"), SocialHousingCases.COMMITTEE,
                d("2026-03-02"), List.of(TerminationGround.UNPAID_FEES), d("2026-03-15"), Reasons.of("No fee paid for January and February."));
        assertEquals(new SocialHousingError.DefectiveDecision(new ActDefect.NoHearing(ActKind.TERMINATE)),
                refusal(service.terminateService(without)));
        assertEquals("InService", memory.applications().load(CASE).get().get().value().state());
        ok(service.terminateService(new TerminateServiceCommand(CASE, new DecisionId("K-2"), SocialHousingCases.COMMITTEE,
                d("2026-03-02"), List.of(TerminationGround.UNPAID_FEES), d("2026-03-15"),
                without.reasons().heard(new Hearing.Held(d("2026-02-25"), "in writing, answer within 5 working days")))));
        assertEquals("Ended", memory.applications().load(CASE).get().get().value().state());
    }

    @Test
    @DisplayName("HMS-1: the remedy term of an incomplete application is an obligation on the morning list; after it the application is left unprocessed by a decision, not before and not without a term")
    void remedyTerm() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = service(memory);
        ok(service.submitApplication(new ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand(CASE,
                SocialHousingCases.incompleteForm(ee.hoolekanne.domain.household.Household.single(PEETER)), d("2026-01-05"))));
        DecisionMaker specialist = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.TARTU_SPECIALIST, "Mari Mets");
        Reasons facts = Reasons.of("The income and the support network were not stated by the term.")
                .heard(new Hearing.NotHeld("HMS § 40(3) 6)", "the applicant did not answer"));
        assertEquals(new SocialHousingError.NoRemedyTerm(), refusal(service.leaveUnprocessed(new LeaveUnprocessedCommand(CASE,
                new DecisionId("J-1"), specialist, d("2026-02-02"), facts))));

        ok(service.setRemedyTerm(new SetRemedyTermCommand(CASE, Term.workingDays(10), d("2026-01-06"))));
        Obligation obligation = memory.obligations().all().stream().filter(o -> o.duty() == Duty.REMEDY_APPLICATION).findFirst().orElseThrow();
        Deadline due = obligation.deadline();
        assertEquals(CAL.plusWorkingDays(d("2026-01-06"), 10), due.dueDate(), "10 working days from the day after the term was set");
        assertEquals(Option.some(Rule.HMS_1), due.legalBasis().map(LegalBasis::rule));

        assertInstanceOf(SocialHousingError.DeadlineNotPassed.class, refusal(service.leaveUnprocessed(new LeaveUnprocessedCommand(CASE,
                new DecisionId("J-1"), specialist, due.dueDate(), facts))));
        DecisionMaker clerk = new DecisionMaker("Tartu Linnavalitsus", "klienditeenindaja", "Tiit Tamm");
        assertInstanceOf(SocialHousingError.DefectiveDecision.class, refusal(service.leaveUnprocessed(new LeaveUnprocessedCommand(CASE,
                new DecisionId("J-1"), clerk, due.dueDate().plusDays(1), facts))));
        assertEquals("Incomplete", memory.applications().load(CASE).get().get().value().state());

        Application left = ok(service.leaveUnprocessed(new LeaveUnprocessedCommand(CASE, new DecisionId("J-1"), specialist,
                due.dueDate().plusDays(1), facts)));
        Decision decision = ((Application.Refused) left).decision();
        assertEquals(new Outcome.LeaveUnprocessed(due.dueDate()), decision.outcome());
        assertEquals(ActKind.LEAVE_UNPROCESSED, decision.kind());
        assertTrue(memory.obligations().all().stream().noneMatch(o -> o.duty() == Duty.REMEDY_APPLICATION), "the obligation is closed");
        assertEquals(1, memory.outbox().all().size(), "the applicant is told of the decision");
    }

    @Test
    @DisplayName("HMS-1: remedying the application within the term closes the obligation")
    void remediedInTime() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = service(memory);
        ee.hoolekanne.domain.household.Household single = ee.hoolekanne.domain.household.Household.single(PEETER);
        ok(service.submitApplication(new ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand(CASE,
                SocialHousingCases.incompleteForm(single), d("2026-01-05"))));
        ok(service.setRemedyTerm(new SetRemedyTermCommand(CASE, Term.workingDays(10), d("2026-01-06"))));
        ok(service.supplementApplication(new SupplementApplicationCommand(CASE, SocialHousingCases.completeForm(single), d("2026-01-12"))));
        assertTrue(memory.obligations().all().stream().noneMatch(o -> o.duty() == Duty.REMEDY_APPLICATION));
        assertTrue(memory.obligations().all().stream().anyMatch(o -> o.duty() == Duty.COMMITTEE_DECISION));
    }

    @Test
    @DisplayName("HMS-3: 30 days to challenge and to appeal, counted from the notification as terms are counted; the court and the authority are rule-set data with dates")
    void challengeRoutes() {
        ProcedureRules tartu = SocialHousingSchedule.tartu().procedureOn(d("2026-01-07")).get();
        assertEquals("Tartu Halduskohus", tartu.challenge().court());
        assertEquals("Tallinna Halduskohus", ResocializationSchedule.tallinn().procedureOn(d("2026-01-07")).get().challenge().court());
        // notified on 2025-11-24: 30 days reach 2025-12-24, Christmas Eve, then Christmas and Boxing Day and a weekend
        List<Deadline> terms = tartu.challengeDeadlines(d("2025-11-24"), CAL);
        assertEquals(d("2025-12-24"), terms.get(0).nominalDate());
        assertEquals(d("2025-12-29"), terms.get(0).dueDate(), "moved to the next working day");
        assertEquals(Term.days(30), terms.get(1).term());
        assertEquals(Option.some(Rule.HMS_3), terms.get(1).legalBasis().map(LegalBasis::rule));

        ProcedureRules moved = new ProcedureRules("Tartu Linnavalitsus", tartu.competence(),
                new ChallengeRoute("Tartu Linnavalitsus", Term.days(30), "Tartu Halduskohus (Tartu kohtumaja)", "Kalevi 1, 51010 Tartu",
                        Term.days(30)), tartu.provisions());
        SocialHousingSchedule amended = new SocialHousingSchedule(CAL, SocialHousingSchedule.tartu().ruleSets(),
                SocialHousingSchedule.tartu().procedures().then(d("2027-01-01"), moved));
        assertEquals("Tartu Halduskohus", amended.procedureOn(d("2026-12-31")).get().challenge().court());
        assertEquals("Tartu Halduskohus (Tartu kohtumaja)", amended.procedureOn(d("2027-01-01")).get().challenge().court());
        assertTrue(amended.procedureOn(d("2001-12-31")).isEmpty(), "no procedure before the Act");
    }

    @Test
    @DisplayName("HMS-3, HMS-4: a decision dated before any procedure is in force is refused, naming the date")
    void noProcedure() {
        InMemoryAdapters memory = adapters();
        SocialHousingSettings settings = SocialHousingSettings.tartu(STOCK, "tartu-waiting");
        SocialHousingSchedule schedule = new SocialHousingSchedule(CAL, settings.schedule().ruleSets(),
                Timeline.startingOn(d("2027-01-01"), ProcedureRules.TARTU_SOCIAL_HOUSING));
        SocialHousingService service = memory.socialHousing(new SocialHousingSettings(schedule, settings.levels(), STOCK, "tartu-waiting"));
        ok(service.submitApplication(new ee.hoolekanne.port.in.socialhousing.SubmitApplicationCommand(CASE,
                SocialHousingCases.completeForm(ee.hoolekanne.domain.household.Household.single(PEETER)), d("2026-01-05"))));
        ok(service.assessApplication(new AssessApplicationCommand(CASE, SocialHousingCases.assessment(d("2026-01-06")))));
        assertEquals(new SocialHousingError.NoProcedure(d("2026-01-07")),
                refusal(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, SocialHousingCases.reasons(d("2026-01-07"))))));
    }

    @Test
    @DisplayName("HMS-6: the delivery's method and date are recorded, and the terms that run from receipt (TSM-13, HMS-3) run from that date")
    void delivery() {
        InMemoryAdapters memory = adapters();
        SocialHousingService service = assessed(memory);
        ok(service.decideApplication(decide(SocialHousingCases.COMMITTEE, GRANT, SocialHousingCases.reasons(d("2026-01-07")))));
        Delivery delivery = new Delivery(DeliveryMethod.POST, d("2026-01-12").atTime(10, 0).atZone(Delivery.TALLINN).toInstant());
        Application.Delivered delivered = (Application.Delivered) ok(service.deliverDecision(new DeliverDecisionCommand(CASE, delivery)));
        assertEquals(delivery, delivered.delivery());
        Obligation sign = memory.obligations().all().stream().filter(o -> o.duty() == Duty.SIGN_CONTRACT).findFirst().orElseThrow();
        assertEquals(d("2026-01-12"), sign.deadline().trigger(), "TSM-13 counts from the delivery");
        assertEquals(d("2026-01-12"), ProcedureRules.TARTU_SOCIAL_HOUSING.challengeDeadlines(delivered.delivery().date(), CAL).get(0).trigger());
    }

    @Test
    @DisplayName("HMS-4, HMS-2: resocialization is granted only by the head of the district's welfare department or the deputy, with facts")
    void resocialization() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-02-02"));
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        memory.register().register(applicant, LocalDate.of(2020, 1, 1), "Tallinn", "Lasnamäe");
        var service = memory.resocialization(ResocializationSchedule.tallinn());
        CaseId id = new CaseId("2026-RES-HMS");
        ok(service.submitApplication(new SubmitApplicationCommand(id, JusticeAndResocializationCases.form(applicant), "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, d("2026-02-02"))), d("2026-02-02"))));
        Decision byClerk = new Decision(new DecisionId("R-1"), new DecisionMaker("Lasnamäe Linnaosa Valitsus", "sotsiaaltöötaja", "Tiit Tamm"),
                d("2026-02-05"), new Outcome.GrantService("resocialization"), List.of(LegalBasis.of(Rule.RES_8, "Tallinn")), Option.none(),
                Acts.reasons(d("2026-02-05")));
        var needs = new ee.hoolekanne.domain.resocialization.AssessedNeeds("Lasnamäe welfare department", false, false,
                ee.hoolekanne.domain.resocialization.AssessedNeeds.Guidance.SUBSTANTIAL);
        ResocializationError refused = refusal(service.grantService(new GrantServiceCommand(id, byClerk, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                needs, new Room(new UnitId("room-4"), 3, false), 0, d("2026-02-05"))));
        assertEquals(new ResocializationError.DefectiveDecision(new ActDefect.NoCompetence(ActKind.GRANT, "sotsiaaltöötaja")), refused);
        Decision noFacts = JusticeAndResocializationCases.decision("R-1", d("2026-02-05"), new Outcome.GrantService("resocialization"), Rule.RES_8);
        noFacts = new Decision(noFacts.id(), noFacts.madeBy(), noFacts.madeOn(), noFacts.outcome(), noFacts.legalBasis(), noFacts.supersedes());
        assertEquals(new ResocializationError.DefectiveDecision(new ActDefect.NoReasons()), refusal(service.grantService(new GrantServiceCommand(
                id, noFacts, DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, needs, new Room(new UnitId("room-4"), 3, false), 0, d("2026-02-05")))));
        assertEquals("Applied", memory.resocializations().load(id).get().get().value().state());
    }

    @Test
    @DisplayName("HMS-4: a protection referral is decided by the local government's social worker (RVK-5); an extension of a released prisoner's stay by the provider (JUS-5)")
    void referralAndExtension() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-03-02"));
        var protection = memory.protection(ProtectionSchedule.standard());
        Decision byProvider = new Decision(new DecisionId("RV-1"), new DecisionMaker("MTÜ Tugi", "teenuseosutaja", "Tiit Tamm"),
                d("2026-03-02"), new Outcome.Refer("support person"), List.of(LegalBasis.of(Rule.RVK_5, "SKA")), Option.none(),
                Acts.reasons(d("2026-03-02")));
        SupportServiceError refused = refusal(protection.referForSupportPerson(new ReferForSupportPersonCommand(new CaseId("RVK-HMS"),
                SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(d("2026-02-23"), "Tartu linn", Set.of(NeedArea.SOCIAL), List.of(), false, false), byProvider,
                ServiceLanguage.otherWithInterpreter("Arabic"))));
        assertEquals(new SupportServiceError.DefectiveDecision(new ActDefect.NoCompetence(ActKind.REFER, "teenuseosutaja")), refused);
        assertTrue(memory.protectionReferrals().load(new CaseId("RVK-HMS")).get().isEmpty(), "no case was opened");
        var accommodation = memory.accommodation(ee.hoolekanne.domain.justice.JusticeSchedule.standard());
        CaseId stay = new CaseId("JUS-HMS");
        var staying = (ee.hoolekanne.domain.justice.ReleasedAccommodation.Staying) ok(accommodation.admitReleasedPrisoner(
                new ee.hoolekanne.port.in.justice.AdmitReleasedPrisonerCommand(stay, PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99),
                        ee.hoolekanne.domain.justice.ReleasedAccommodation.Need.NO_RESIDENCE, d("2026-03-02"),
                        new ee.hoolekanne.domain.supportperson.ProviderId("lootuse-kula"), new UnitId("laitse-3"),
                        Set.of(ee.hoolekanne.domain.justice.SupportingActivity.WORK), d("2026-03-02"))));
        Decision byVolunteer = new Decision(new DecisionId("E-1"), new DecisionMaker("MTÜ Lootuse Küla", "vabatahtlik tugiisik", "Tiit Tamm"),
                staying.until().minusDays(10), new Outcome.Extend(staying.until().plusMonths(2)), List.of(LegalBasis.of(Rule.JUS_5, "JM")),
                Option.none(), Acts.reasons(staying.until().minusDays(10)));
        assertEquals(new SupportServiceError.DefectiveDecision(new ActDefect.NoCompetence(ActKind.EXTEND, "vabatahtlik tugiisik")),
                refusal(accommodation.extendStay(new ee.hoolekanne.port.in.justice.ExtendStayCommand(stay, byVolunteer))));
        assertEquals(1, memory.releasedAccommodation().load(stay).get().get().version(), "the stay is unchanged");
        assertEquals(Set.of(ProcedureRules.JUSTICE_PROVIDER), ProcedureRules.JUSTICE_ACCOMMODATION.competentFor(ActKind.EXTEND));
        assertEquals(Set.of(), ProcedureRules.JUSTICE_ACCOMMODATION.competentFor(ActKind.REFUSE), "no one refuses under this rule set");
    }

    @Test
    @DisplayName("HMS-1, RES-7: an incomplete resocialization application waits with its remedy term on the morning list and is left unprocessed after it by the head of welfare, not before")
    void resocializationRemedyTerm() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-02-02"));
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        memory.register().register(applicant, LocalDate.of(2020, 1, 1), "Tallinn", "Lasnamäe");
        var service = memory.resocialization(ResocializationSchedule.tallinn());
        CaseId id = new CaseId("2026-RES-INC");
        var partial = new ee.hoolekanne.domain.resocialization.ResocializationForm(applicant, Option.some("name"), Option.none(),
                Option.some("+372 5000 0000"), Option.some(List.of()), Option.some("needs guidance"), Option.none(), Option.none());
        assertEquals("Incomplete", ok(service.submitApplication(new SubmitApplicationCommand(id, partial, "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, d("2026-02-02"))), d("2026-02-02")))).state());
        ok(service.setRemedyTerm(new ee.hoolekanne.port.in.resocialization.SetRemedyTermCommand(id, Term.workingDays(10), d("2026-02-03"))));
        Deadline due = memory.obligations().all().stream().filter(o -> o.duty() == Duty.REMEDY_APPLICATION).findFirst().orElseThrow().deadline();
        assertEquals(CAL.plusWorkingDays(d("2026-02-03"), 10), due.dueDate());
        Decision early = new Decision(new DecisionId("R-J"), Acts.LASNAMAE_HEAD, due.dueDate(), new Outcome.LeaveUnprocessed(due.dueDate()),
                List.of(LegalBasis.of(Rule.HMS_1, "HMS § 15(2)")), Option.none(), Reasons.of("No residence, what hinders, why no dwelling.")
                .heard(new Hearing.NotHeld("HMS § 40(3) 6)", "no answer")));
        assertInstanceOf(ResocializationError.Invalid.class, refusal(service.leaveUnprocessed(
                new ee.hoolekanne.port.in.resocialization.LeaveUnprocessedCommand(id, early))));
        Decision unheard = new Decision(early.id(), early.madeBy(), due.dueDate().plusDays(1), early.outcome(), early.legalBasis(),
                Option.none(), Reasons.of("No residence, what hinders, why no dwelling."));
        assertEquals(new ResocializationError.DefectiveDecision(new ActDefect.NoHearing(ActKind.LEAVE_UNPROCESSED)), refusal(
                service.leaveUnprocessed(new ee.hoolekanne.port.in.resocialization.LeaveUnprocessedCommand(id, unheard))));
        assertEquals("Incomplete", memory.resocializations().load(id).get().get().value().state());
        Decision lawful = new Decision(early.id(), early.madeBy(), due.dueDate().plusDays(1), early.outcome(), early.legalBasis(),
                Option.none(), early.reasons());
        assertEquals("Refused", ok(service.leaveUnprocessed(new ee.hoolekanne.port.in.resocialization.LeaveUnprocessedCommand(id, lawful)))
                .state());
        assertTrue(memory.obligations().all().stream().noneMatch(o -> o.caseId().equals(id)));
    }

    @Test
    @DisplayName("HMS-6, HMS-3: in resocialization, the protection referral and the accommodation stay the delivery of a decision is recorded once, not before the decision, and its letter dates the challenge terms from it")
    void deliveryInEveryDecidingService() {
        InMemoryAdapters memory = InMemoryAdapters.create(d("2026-03-02"));
        // protection referral (RVK-5)
        var protection = memory.protection(ProtectionSchedule.standard());
        CaseId referral = new CaseId("RVK-DEL");
        ok(protection.referForSupportPerson(new ReferForSupportPersonCommand(referral, SupportServicesCases.refugeeFamily(),
                ProtectionStatus.INTERNATIONAL, true, new NeedAssessment(d("2026-02-23"), "Tartu linn", Set.of(NeedArea.SOCIAL), List.of(),
                false, false), SupportServicesCases.referralDecision("RV-DEL", d("2026-03-02")), ServiceLanguage.otherWithInterpreter("Arabic"))));
        Delivery early = new Delivery(DeliveryMethod.POST, d("2026-03-01").atTime(9, 0).atZone(Delivery.TALLINN).toInstant());
        assertInstanceOf(SupportServiceError.Invalid.class, refusal(protection.recordDelivery(
                new ee.hoolekanne.port.in.protection.RecordDeliveryCommand(referral, new DecisionId("RV-DEL"), early))));
        Delivery received = new Delivery(DeliveryMethod.ELECTRONIC, d("2026-03-04").atTime(9, 0).atZone(Delivery.TALLINN).toInstant());
        var delivered = ok(protection.recordDelivery(new ee.hoolekanne.port.in.protection.RecordDeliveryCommand(referral,
                new DecisionId("RV-DEL"), received)));
        assertEquals(Option.some(received), delivered.referralDecision().delivery());
        assertInstanceOf(SupportServiceError.Invalid.class, refusal(protection.recordDelivery(
                new ee.hoolekanne.port.in.protection.RecordDeliveryCommand(referral, new DecisionId("RV-DEL"), received))), "recorded once");
        var letter = (ee.hoolekanne.domain.letter.LetterBody.OfDecision) ee.hoolekanne.domain.letter.CaseLetters.of(delivered,
                ProtectionSchedule.standard()).get(0).body();
        assertEquals(d("2026-03-04"), letter.challengeDeadlines().get(0).trigger(), "the challenge term counts from the delivery");
        assertEquals(CAL.deadline(d("2026-03-04"), Term.days(30)).dueDate(), letter.challengeDeadlines().get(0).dueDate());

        // resocialization (RES-8)
        var resocialization = memory.resocialization(ResocializationSchedule.tallinn());
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        memory.register().register(applicant, LocalDate.of(2020, 1, 1), "Tallinn", "Lasnamäe");
        CaseId res = new CaseId("RES-DEL");
        ok(resocialization.submitApplication(new SubmitApplicationCommand(res, JusticeAndResocializationCases.form(applicant), "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, d("2026-03-02"))), d("2026-03-02"))));
        ok(resocialization.grantService(new GrantServiceCommand(res, JusticeAndResocializationCases.decision("R-1", d("2026-03-03"),
                new Outcome.GrantService("resocialization"), Rule.RES_8), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new ee.hoolekanne.domain.resocialization.AssessedNeeds("Lasnamäe welfare department", false, true,
                        ee.hoolekanne.domain.resocialization.AssessedNeeds.Guidance.SUBSTANTIAL),
                new Room(new UnitId("shelter-bed-4"), 8, false), 0, d("2026-03-03"))));
        var grantedCase = ok(resocialization.recordDelivery(new ee.hoolekanne.port.in.resocialization.RecordDeliveryCommand(res,
                new DecisionId("R-1"), received)));
        assertEquals(Option.some(received), grantedCase.decisions().get(0).delivery());
        assertInstanceOf(ResocializationError.Invalid.class, refusal(resocialization.recordDelivery(
                new ee.hoolekanne.port.in.resocialization.RecordDeliveryCommand(res, new DecisionId("R-9"), received))), "no such decision");

        // the accommodation stay's extension (JUS-5)
        var accommodation = memory.accommodation(ee.hoolekanne.domain.justice.JusticeSchedule.standard());
        CaseId stay = new CaseId("JUS-DEL");
        var staying = (ee.hoolekanne.domain.justice.ReleasedAccommodation.Staying) ok(accommodation.admitReleasedPrisoner(
                new ee.hoolekanne.port.in.justice.AdmitReleasedPrisonerCommand(stay, PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99),
                        ee.hoolekanne.domain.justice.ReleasedAccommodation.Need.NO_RESIDENCE, d("2026-03-02"),
                        new ee.hoolekanne.domain.supportperson.ProviderId("lootuse-kula"), new UnitId("laitse-3"),
                        Set.of(ee.hoolekanne.domain.justice.SupportingActivity.WORK), d("2026-03-02"))));
        LocalDate on = staying.until().minusDays(10);
        ok(accommodation.extendStay(new ee.hoolekanne.port.in.justice.ExtendStayCommand(stay, new Decision(new DecisionId("E-1"),
                Acts.justiceProvider("MTÜ Lootuse Küla"), on, new Outcome.Extend(staying.until().plusMonths(2)),
                List.of(LegalBasis.of(Rule.JUS_5, "JM")), Option.none(), Acts.reasons(on)))));
        Delivery handed = new Delivery(DeliveryMethod.IN_PERSON, on.atTime(15, 0).atZone(Delivery.TALLINN).toInstant());
        var extended = ok(accommodation.recordDelivery(new ee.hoolekanne.port.in.justice.RecordDeliveryCommand(stay, new DecisionId("E-1"),
                handed)));
        assertEquals(Option.some(handed), ((ee.hoolekanne.domain.justice.ReleasedAccommodation.Staying) extended).extensions().get(0).delivery());
    }
}
