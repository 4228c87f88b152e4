package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.Contact;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.RegionMap;
import ee.hoolekanne.domain.supportperson.ServiceProvider;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;

/** Fixtures for resocialization and the prisoners' services, built through the domain's transitions. */
public final class JusticeAndResocializationCases {

    /** The prisoners' services' rules. */
    public static final JusticeRules JUSTICE = JusticeRules.ministryOfJustice();
    /** The accommodation service's name in the provider directory. */
    public static final String ACCOMMODATION = "released prisoners' accommodation";
    /** A partner provider of volunteer support persons. */
    public static final ProviderId PARTNER = new ProviderId("partner-ngo");
    /** The deciding body. */
    public static final DecisionMaker HEAD = Acts.LASNAMAE_HEAD;

    private JusticeAndResocializationCases() {
    }

    /** The accommodation providers the source lists, by location (JUS-6). */
    public static ProviderDirectory accommodationProviders() {
        EffectivePeriod open = EffectivePeriod.ALWAYS;
        return new ProviderDirectory(List.of(
                new ServiceProvider(new ProviderId("lootuse-kula"), "MTÜ Lootuse Küla", ACCOMMODATION, Set.of(), Set.of("Laitse"), open),
                new ServiceProvider(new ProviderId("samaaria"), "MTÜ Samaaria Eesti Misjon", ACCOMMODATION, Set.of(),
                        Set.of("Pärnu", "Haapsalu"), open),
                new ServiceProvider(new ProviderId("uus-polvkond"), "MTÜ Uus Põlvkond", ACCOMMODATION, Set.of(), Set.of("Jõhvi"), open),
                new ServiceProvider(new ProviderId("eelk-diakoonia"), "EELK diakoonia- ja ühiskonnatöö SA", ACCOMMODATION, Set.of(),
                        Set.of("Jõhvi"), open)), RegionMap.ska());
    }

    /** A complete resocialization application. */
    public static ResocializationForm form(PersonalCode applicant) {
        return new ResocializationForm(applicant, Option.some("applicant's name"), Option.some("staying at the shelter, Tallinn"),
                Option.some("+372 5000 0000"), Option.some(List.of()), Option.some("needs guidance to keep a household"),
                Option.some("long homelessness"), Option.some("income below the subsistence level"));
    }

    /** A decision of the head of the welfare department. */
    public static Decision decision(String id, LocalDate on, Outcome outcome, Rule ruleId) {
        return new Decision(new DecisionId(id), HEAD, on, outcome, List.of(LegalBasis.of(ruleId, "Tallinn resocialization service")),
                Option.none(), Acts.reasons(on));
    }

    /** A plan for one stage, drawn up with the person, whose goals are later met. */
    public static ee.hoolekanne.domain.actionplan.ActionPlanDraft stagePlan(LocalDate on) {
        return new ee.hoolekanne.domain.actionplan.ActionPlanDraft(on, true, Option.some("data"), Option.some("case"),
                Option.some("problems"), Option.some("resources"), Option.some("hindrances"),
                List.of(Goal.of("stage-goal", "the stage's goal", List.of(new ee.hoolekanne.domain.actionplan.Activity(
                        "weekly counselling", on, on.plusMonths(2), "social worker")))),
                Option.some("cooperation agreed"), Option.some(on.plusMonths(1)), Option.some(on.plusMonths(2)));
    }

    /** Draws up and meets the current stage's goals. */
    public static Resocialization.Resident goalsMet(Resocialization.Resident r, LocalDate on) {
        Resocialization.Resident planned = orFail(r.drawUpActionPlan(stagePlan(on)));
        return orFail(planned.evaluateGoal("stage-goal", new Evaluation(Evaluation.Kind.FOLLOW_UP, GoalStatus.ACHIEVED,
                "met", "social worker", on.plusMonths(1))));
    }

    /**
     * One person's way from application through every stage: Applied, InShelter,
     * InSocialHousingUnit, InDormitory, InIndependentLife, starting on {@code start}, with laundry.
     */
    public static List<Resocialization> pathway(CaseId id, LocalDate start) {
        PersonalCode person = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        List<Resocialization> trail = new ArrayList<>();
        Resocialization.Applied applied = (Resocialization.Applied) orFail(Resocialization.apply(id, form(person), "Lasnamäe", Option.some("Lasnamäe"),
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, start)), start));
        trail.add(applied);
        Resocialization.Resident shelter = orFail(applied.grant(decision("R-1", start.plusDays(3), new Outcome.GrantService("resocialization"), Rule.RES_8), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new AssessedNeeds("Lasnamäe welfare department", false, true, AssessedNeeds.Guidance.SUBSTANTIAL),
                new Room(new UnitId("shelter-bed-4"), 8, false), 0, start.plusDays(3)));
        // HMS-6: the grant handed over the next day
        shelter = (Resocialization.Resident) orFail(shelter.recordDelivery(new ee.hoolekanne.domain.decision.DecisionId("R-1"),
                new ee.hoolekanne.domain.decision.Delivery(ee.hoolekanne.domain.decision.DeliveryMethod.IN_PERSON,
                        start.plusDays(4).atTime(10, 0).atZone(ee.hoolekanne.domain.decision.Delivery.TALLINN).toInstant())));
        shelter = orFail(shelter.useLaundry(new LaundryUse(start.plusDays(10), PriceList.Laundry.WASHING_AND_DRYING, 2)));
        trail.add(shelter);
        LocalDate toUnit = start.plusMonths(3);
        Resocialization.Resident unit = orFail(((Resocialization.InShelter) goalsMet(shelter, start.plusDays(5)))
                .moveToSocialHousingUnit(decision("R-2", toUnit.minusDays(2), new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), Rule.RES_4),
                        DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT, new Room(new UnitId("shu-12-b"), 3, true), 0, toUnit));
        trail.add(unit);
        LocalDate toDorm = toUnit.plusMonths(4).plusDays(9);
        Resocialization.Resident dorm = orFail(((Resocialization.InSocialHousingUnit) goalsMet(unit, toUnit.plusDays(5)))
                .moveToDormitory(decision("R-3", toDorm.minusDays(3), new Outcome.MoveStage("DORMITORY"), Rule.RES_4),
                        DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, new Room(new UnitId("dorm-2-a"), 2, false), 0, toDorm));
        dorm = orFail(dorm.useLaundry(new LaundryUse(toDorm.plusDays(4), PriceList.Laundry.WASHING, 1)));
        trail.add(dorm);
        LocalDate out = toDorm.plusMonths(5);
        trail.add(orFail(((Resocialization.InDormitory) goalsMet(dorm, toDorm.plusDays(3)))
                .moveToIndependentLife(decision("R-4", out.minusDays(5), new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5),
                        DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, true, out)));
        return List.copyOf(trail);
    }

    /**
     * RES-11: the ways out of the pathway before independent life, one case each, all from the
     * social housing unit of {@link #pathway}: moved back to the shelter, then left by own choice;
     * the service ended by decision; died; moved to a care institution. Last, an incomplete
     * application with its remedy term (RES-7, HMS-1).
     */
    public static List<Resocialization> exits(String prefix, LocalDate start) {
        List<Resocialization> out = new ArrayList<>();
        int n = 0;
        for (Exit exit : List.<Exit>of(new Exit.OwnChoice(), new Exit.Died(), new Exit.MovedElsewhere("general care home"))) {
            Resocialization.Resident unit = (Resocialization.Resident) pathway(new CaseId(prefix + "-" + n++), start).get(2);
            Resocialization.Resident back = orFail(unit.moveBack(decision("R-B", unit.currentStay().from().plusDays(20),
                    new Outcome.MoveStage("SHELTER"), Rule.RES_11), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                    new Room(new UnitId("shelter-bed-2"), 8, false), 0, unit.currentStay().from().plusDays(21)));
            out.add(back);
            out.add(orFail(back.leave(exit, back.currentStay().from().plusDays(40))));
        }
        Resocialization.Resident unit = (Resocialization.Resident) pathway(new CaseId(prefix + "-" + n), start).get(2);
        LocalDate last = unit.currentStay().from().plusDays(50);
        out.add(orFail(unit.leave(new Exit.ServiceEnded(decision("R-E", last.minusDays(10), new Outcome.Terminate(List.of(
                new ee.hoolekanne.domain.decision.StatedGround(Rule.RES_11, "Tallinn resocialization service",
                        "does not take part in the service")), last), Rule.RES_11), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT), last)));
        // RES-7, HMS-1: an application missing parts, with a term to remedy it
        PersonalCode applicant = unit.form().applicant();
        ResocializationForm partial = new ResocializationForm(applicant, Option.some("applicant's name"), Option.none(),
                Option.some("+372 5000 0000"), Option.some(List.of()), Option.some("needs guidance"), Option.none(), Option.none());
        Resocialization.Incomplete incomplete = (Resocialization.Incomplete) orFail(Resocialization.apply(new CaseId(prefix + "-inc"),
                partial, "Lasnamäe", Option.some("Lasnamäe"), Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, start)), start));
        out.add(orFail(incomplete.setRemedyTerm(new ee.hoolekanne.domain.decision.RemedyTerm(start.plusDays(1),
                ee.hoolekanne.domain.calendar.Term.workingDays(10)))));
        return List.copyOf(out);
    }

    /** A volunteer support person of the partner provider. */
    public static ee.hoolekanne.domain.supportperson.SupportPerson volunteer(String id) {
        return SupportServicesCases.supportPerson(id, SupportPersonKind.TRUSTED, PARTNER, Language.ESTONIAN, Language.RUSSIAN);
    }

    /** A prisoner's support: Requested, Supporting (released, with contacts), Ended. */
    public static List<PrisonerSupport> prisonerJourney(CaseId id, LocalDate release) {
        PersonalCode prisoner = PersonalCode.of(LocalDate.of(1990, 2, 2), Sex.MALE, 88);
        PrisonerSupport.Requested requested = PrisonerSupport.request(id, prisoner, release, release.minusMonths(7), JUSTICE);
        PrisonerSupport.Supporting supporting = orFail(requested.assign(volunteer("vol-" + id), Set.of(PARTNER),
                release.minusMonths(5), JUSTICE));
        supporting = orFail(supporting.recordContact(new Contact(release.minusMonths(4), Contact.Party.FAMILY, "visit arranged")));
        supporting = orFail(supporting.release(release));
        supporting = orFail(supporting.recordContact(new Contact(release.plusDays(3), Contact.Party.EMPLOYER, "job interview")));
        return List.of(requested, supporting, supporting.end(release.plusMonths(3), "settled"));
    }

    /** An accommodation stay: Staying, Staying with a plan, Staying extended, Left. */
    public static List<ReleasedAccommodation> accommodationJourney(CaseId id, LocalDate released) {
        ReleasedAccommodation.Staying staying = orFail(ReleasedAccommodation.admit(id, PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99),
                ReleasedAccommodation.Need.NO_RESIDENCE, released, new ProviderId("lootuse-kula"), new UnitId("laitse-3"),
                Set.of(SupportingActivity.DEBT_COUNSELLING, SupportingActivity.WORK), released, JUSTICE));
        ReleasedAccommodation.Staying planned = orFail(staying.drawUpActionPlan(stagePlan(released.plusDays(7)), true, true,
                Option.some(new ee.hoolekanne.domain.supportperson.SupportPersonId("vol-1"))));
        ReleasedAccommodation.Staying extended = orFail(planned.extend(new Decision(new DecisionId("E-" + id),
                Acts.justiceProvider("MTÜ Lootuse Küla"), planned.until().minusDays(10), new Outcome.Extend(planned.until().plusMonths(2)),
                List.of(JUSTICE.basis(Rule.JUS_5)), Option.none(), Acts.reasons(planned.until().minusDays(10)))));
        return List.of(staying, planned, extended, orFail(extended.leave(extended.until(), "moved to a rented room")));
    }
}
