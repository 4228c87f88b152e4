package ee.hoolekanne.examples;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.Engagement;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Region;
import ee.hoolekanne.domain.supportperson.RegionMap;
import ee.hoolekanne.domain.supportperson.ServiceProvider;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.Training;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The examples' own data: the forms, assessments, decisions, providers and support persons of
 * the walk-through's stories, as a municipal application would take them from its forms and
 * registers. Names and personal codes are invented.
 */
final class ExampleData {

    /** The protection service's provider. */
    static final ProviderId PROTECTION_PROVIDER = new ProviderId("ska-protection-provider");
    /** The partner organisation of the prisoners' support service. */
    static final ProviderId JUSTICE_PARTNER = new ProviderId("partner-ngo");
    /** The head of Lasnamäe district's welfare department, who decides resocialization (RES-8, HMS-4). */
    static final DecisionMaker LASNAMAE_HEAD = new DecisionMaker("Lasnamäe Linnaosa Valitsus", ProcedureRules.TALLINN_HEAD,
            "Peeter Paju");
    /** Tartu's social worker, who decides a referral (RVK-5, HMS-4). */
    static final DecisionMaker TARTU_SOCIAL_WORKER = new DecisionMaker("Tartu Linnavalitsus", ProcedureRules.KOV_SOCIAL_WORKER,
            "Anna Ants");

    private ExampleData() {
    }

    /** A social housing application with every part of TSM-6. */
    static ApplicationForm socialHousingApplication(Household household) {
        return new ApplicationForm(household, Option.some("phone +372 5555 0000"), Option.some("sister in Tartu"),
                Option.some("staying at a friend's, Tartu"), Option.some(Money.euros("310.00")), Option.some("none"),
                Option.some("needs help with budgeting and keeping a household"), false, false,
                List.of("income statement", "eviction notice"));
    }

    /** The area centre's specialist's assessment on {@code on}, proposing to grant (TSM-7). */
    static Assessment assessment(LocalDate on) {
        return new Assessment(on, "social work specialist, Annelinn area centre", EnumSet.allOf(AssessmentMethod.class),
                true, true, true, List.of());
    }

    /** A complete resocialization application (RES-7). */
    static ResocializationForm resocializationApplication(PersonalCode applicant) {
        return new ResocializationForm(applicant, Option.some("applicant's name"), Option.some("staying at the shelter, Tallinn"),
                Option.some("+372 5000 0000"), Option.some(List.of()), Option.some("needs guidance to keep a household"),
                Option.some("long homelessness"), Option.some("income below the subsistence level"));
    }

    /** A resocialization decision of the head of Lasnamäe's welfare department, with its facts (HMS-2). */
    static Decision resocializationDecision(String id, LocalDate on, Outcome outcome, Rule rule, String fact) {
        return new Decision(new DecisionId(id), LASNAMAE_HEAD, on, outcome, List.of(LegalBasis.of(rule, "Tallinn resocialization service")),
                Option.none(), Reasons.of(fact).heard(new Hearing.Held(on, "at a meeting with the resident")));
    }

    /** A stage's action plan, drawn up with the resident, whose one goal is later met (RES-2). */
    static ActionPlanDraft stagePlan(LocalDate on) {
        return new ActionPlanDraft(on, true, Option.some("data"), Option.some("case"), Option.some("problems"),
                Option.some("resources"), Option.some("hindrances"),
                List.of(Goal.of("stage-goal", "the stage's goal", List.of(new Activity("weekly counselling", on, on.plusMonths(2),
                        "social worker")))),
                Option.some("cooperation agreed"), Option.some(on.plusMonths(1)), Option.some(on.plusMonths(2)));
    }

    /** A refugee family: two adults and a child, with international protection. */
    static Household refugeeFamily() {
        return new Household(PersonalCode.of(LocalDate.of(1988, 6, 1), Sex.FEMALE, 301),
                List.of(PersonalCode.of(LocalDate.of(1986, 2, 11), Sex.MALE, 302), PersonalCode.of(LocalDate.of(2018, 9, 9), Sex.MALE, 303)));
    }

    /** Tartu's referral decision (RVK-5), with its facts. */
    static Decision referralDecision(String id, LocalDate on) {
        return new Decision(new DecisionId(id), TARTU_SOCIAL_WORKER, on,
                new Outcome.Refer("support person for recipients of international protection"),
                List.of(LegalBasis.of(Rule.RVK_5, "SKA support-person service for recipients of international protection")), Option.none(),
                Reasons.of("The family received international protection in 2025 and settled in Tartu.",
                        "The need assessment of 10.12.2025 found social and economic needs that other services do not meet."));
    }

    /** A trained support person of {@code provider}. */
    static SupportPerson supportPerson(String id, SupportPersonKind kind, ProviderId provider, Language... languages) {
        return new SupportPerson(new SupportPersonId(id), kind, kind == SupportPersonKind.TRUSTED ? Engagement.VOLUNTEER : Engagement.PAID,
                List.of(new Training("support person training", LocalDate.of(2015, 3, 1))), kind == SupportPersonKind.PROFESSIONAL,
                Set.of(languages), provider);
    }

    /** A volunteer of the prisoners' support service's partner (JUS-2). */
    static SupportPerson volunteer(String id) {
        return supportPerson(id, SupportPersonKind.TRUSTED, JUSTICE_PARTNER, Language.ESTONIAN, Language.RUSSIAN);
    }

    /** The youth support-person providers the source lists by region, contracted until 31.05.2020 (AHT-4). */
    static ProviderDirectory youthProviders() {
        EffectivePeriod until = new EffectivePeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 5, 31));
        return new ProviderDirectory(List.of(
                new ServiceProvider(new ProviderId("virumaa-tugiteenused"), "MTÜ Virumaa Tugiteenused", YouthSupport.SERVICE,
                        Set.of(Region.EAST), Set.of(), until),
                new ServiceProvider(new ProviderId("suunatuli"), "MTÜ Suunatuli", YouthSupport.SERVICE, Set.of(Region.NORTH), Set.of(), until),
                new ServiceProvider(new ProviderId("febrec"), "OÜ Febrec", YouthSupport.SERVICE, Set.of(Region.WEST), Set.of(), until),
                new ServiceProvider(new ProviderId("elva-perekeskus"), "SA Elva Laste- ja Perekeskus", YouthSupport.SERVICE,
                        Set.of(Region.SOUTH), Set.of(), until)), RegionMap.ska());
    }

    /** The regional family services' provider the source names, MTÜ Oma Pere, until 30.06.2019 (AHT-4). */
    static ProviderDirectory familyProviders() {
        return new ProviderDirectory(List.of(new ServiceProvider(new ProviderId("oma-pere"), "MTÜ Oma Pere", FamilyServices.SERVICE,
                Set.of(Region.values()), Set.of(), new EffectivePeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 6, 30)))),
                RegionMap.ska());
    }
}
