package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.actionplan.ActionPlanDraft;
import ee.hoolekanne.domain.actionplan.Activity;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.Goal;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Delivery;
import ee.hoolekanne.domain.decision.DeliveryMethod;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.RemedyTerm;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.household.PlacementKind;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.money.SubsistenceLevels;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Absence;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.ApplicationForm;
import ee.hoolekanne.domain.socialhousing.Assessment;
import ee.hoolekanne.domain.socialhousing.AssessmentMethod;
import ee.hoolekanne.domain.socialhousing.CopingAssessment;
import ee.hoolekanne.domain.socialhousing.Eligibility;
import ee.hoolekanne.domain.socialhousing.HouseRuleBook;
import ee.hoolekanne.domain.socialhousing.HouseRuleBreach;
import ee.hoolekanne.domain.socialhousing.HouseRules;
import ee.hoolekanne.domain.socialhousing.Payment;
import ee.hoolekanne.domain.socialhousing.PreExpiryAssessment;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.socialhousing.ShelterProvider;
import ee.hoolekanne.domain.socialhousing.SocialHousingRules;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid social housing cases and their parts, built through the domain's own transitions, for
 * tests and contract suites: a case in every state of the lifecycle, households, complete and
 * incomplete forms, assessments and action plans.
 */
public final class SocialHousingCases {

    /** The rules the fixtures follow: Tartu regulation no 86. */
    public static final SocialHousingRules RULES = SocialHousingRules.TARTU_86;
    /** The Varjupaik's house rules (TSM-19), as an example: the sources do not hold the directive's text. */
    public static final HouseRules HOUSE_RULES = new HouseRules(ShelterProvider.VARJUPAIK, "Varjupaiga juhataja käskkiri nr 1-2/5",
            LocalDate.of(2019, 12, 2), List.of(new HouseRules.Rule("2.1", "no alcohol or drugs on the premises"),
            new HouseRules.Rule("3.4", "quiet hours from 23:00 to 7:00")));
    /** The committee, the competent body of Tartu's social housing decisions (HMS-4). */
    public static final DecisionMaker COMMITTEE = Acts.TARTU_COMMITTEE;

    /**
     * The reasons of a decision made on {@code on} (HMS-2), with the person heard that day at the
     * committee's meeting (HMS-5), so a refusal or an end may rest on them too.
     */
    public static Reasons reasons(LocalDate on) {
        return Acts.reasons(on);
    }

    private SocialHousingCases() {
    }

    /** Unwraps a transition that must succeed in a fixture. */
    public static <E, T> T orFail(Either<E, T> result) {
        return result.getOrElseThrow(error -> new IllegalStateException("fixture transition refused: " + error));
    }

    /** A single adult (born 1980-1999). */
    public static Household single(SplittableRandom random) {
        return Household.single(Generators.personalCode(random, LocalDate.of(1960, 1, 1), LocalDate.of(1999, 12, 31)));
    }

    /** An adult with an adult partner and one or two children born 2012-2020. */
    public static Household family(SplittableRandom random) {
        List<PersonalCode> members = new ArrayList<>();
        members.add(Generators.personalCode(random, LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31)));
        int children = 1 + random.nextInt(2);
        for (int i = 0; i < children; i++) {
            members.add(Generators.personalCode(random, LocalDate.of(2012, 1, 1), LocalDate.of(2020, 12, 31)));
        }
        PersonalCode applicant = Generators.personalCode(random, LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31));
        while (members.contains(applicant)) {
            applicant = PersonalCode.of(applicant.birthDate(), Sex.FEMALE, random.nextInt(1000));
        }
        return new Household(applicant, members);
    }

    /** A form with every part of TSM-6. */
    public static ApplicationForm completeForm(Household household) {
        return new ApplicationForm(household, Option.some("phone +372 5555 0000"), Option.some("sister in Tartu"),
                Option.some("staying at a friend's, Tartu"), Option.some(Money.euros("310.00")), Option.some("none"),
                Option.some("needs help with budgeting and keeping a household"), false, false,
                List.of("income statement", "eviction notice"));
    }

    /** A form missing the support network, income and assets, and the documents. */
    public static ApplicationForm incompleteForm(Household household) {
        return new ApplicationForm(household, Option.some("phone +372 5555 0000"), Option.none(),
                Option.some("staying at a friend's, Tartu"), Option.none(), Option.none(),
                Option.some("needs help with budgeting"), false, false, List.of());
    }

    /** A full assessment on {@code on} proposing to grant. */
    public static Assessment assessment(LocalDate on) {
        return new Assessment(on, "social work specialist, Annelinn area centre", EnumSet.allOf(AssessmentMethod.class),
                true, true, true, List.of());
    }

    /** An action plan draft with every part, two goals with activities, drawn up on {@code on}. */
    public static ActionPlanDraft planDraft(LocalDate on) {
        Goal budget = Goal.of("budget", "keep a monthly budget",
                List.of(new Activity("weekly budgeting sessions", on, on.plusMonths(3), "shelter counsellor")));
        Goal dwelling = Goal.of("dwelling", "find a rental dwelling",
                List.of(new Activity("apply for municipal rental dwellings", on, on.plusMonths(5), "recipient")))
                .withSubGoals(List.of(Goal.of("documents", "gather income documents",
                        List.of(new Activity("request statements", on, on.plusWeeks(2), "recipient")))));
        return new ActionPlanDraft(on, true, Option.some("recipient data"), Option.some("case description"),
                Option.some("no dwelling, debts"), Option.some("regular income"), Option.some("debts"),
                List.of(budget, dwelling), Option.some("meets the counsellor weekly"),
                Option.some(on.plusMonths(3)), Option.some(on.plusMonths(6)));
    }

    /** A granting decision. */
    public static Decision grant(String id, LocalDate on, UnitId unit, LocalDate serviceEnd) {
        return grant(id, on, List.of(unit), serviceEnd);
    }

    /** The committee's grant of {@code units} (a bed place for each adult, TSM-4) until {@code serviceEnd}. */
    public static Decision grant(String id, LocalDate on, List<UnitId> units, LocalDate serviceEnd) {
        return new Decision(new DecisionId(id), COMMITTEE, on, new Outcome.Grant(units, serviceEnd),
                List.of(RULES.basis(Rule.TSM_9)), Option.none(), reasons(on));
    }

    /**
     * One case of {@code household} in each state of the lifecycle, each reached through the
     * domain's transitions from {@code start} (a working day is best): Incomplete, Complete,
     * Assessed, WaitListed, Refused, Granted, Delivered, Contracted, InService (with an action
     * plan, an absence, a fee and a payment), Lapsed and Ended. Each state's case id is
     * {@code prefix-<State>}.
     */
    public static List<Application> inEveryState(String prefix, Household household, LocalDate start) {
        EstonianCalendar cal = EstonianCalendar.standard();
        List<UnitId> units = unitsFor(household, start);
        List<Application> out = new ArrayList<>();
        Application.Incomplete incomplete = (Application.Incomplete) orFail(Application.submit(new CaseId(prefix + "-Incomplete"),
                incompleteForm(household), start, RULES));
        out.add(orFail(incomplete.setRemedyTerm(new RemedyTerm(start, Term.workingDays(10)))));
        Eligibility eligible = orFail(Eligibility.check(Option.some(RULES.municipality()), assessment(start), RULES).toEither());

        LocalDate assessedOn = cal.plusWorkingDays(start, 2);
        LocalDate decidedOn = cal.plusWorkingDays(start, 5);
        LocalDate serviceEnd = decidedOn.plusMonths(6);
        for (String state : List.of("Complete", "Assessed", "WaitListed", "Refused", "Granted", "Delivered",
                "Contracted", "InService", "Lapsed", "Ended")) {
            Application.Complete complete = (Application.Complete) orFail(Application.submit(
                    new CaseId(prefix + "-" + state), completeForm(household), start, RULES));
            if (state.equals("Complete")) {
                out.add(complete);
                continue;
            }
            Application.Assessed assessed = orFail(complete.assess(assessment(assessedOn)));
            switch (state) {
                case "Assessed" -> out.add(assessed);
                case "WaitListed" -> out.add(orFail(assessed.waitList(new Decision(new DecisionId("W-" + prefix), COMMITTEE,
                        decidedOn, new Outcome.WaitList(), List.of(RULES.basis(Rule.TSM_11)), Option.none(), reasons(decidedOn)), eligible)));
                case "Refused" -> out.add(orFail(assessed.refuse(new Decision(new DecisionId("R-" + prefix), COMMITTEE,
                        decidedOn, new Outcome.Refuse(List.of(RefusalGround.NEED_NOT_PROVEN)),
                        List.of(RULES.basis(Rule.TSM_10)), Option.none(), reasons(decidedOn)))));
                default -> out.add(afterGrant(state, orFail(assessed.grant(grant("G-" + prefix, decidedOn, units, serviceEnd),
                        eligible, RULES)), cal));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The successive states of one case, {@code id}, from submission to its end: Complete,
     * Assessed, Granted, Delivered, Contracted, InService (with plan, absence, charge, payment)
     * and Ended. What a repository must store one after the other under one key.
     */
    public static List<Application> journey(CaseId id, Household household, LocalDate start) {
        EstonianCalendar cal = EstonianCalendar.standard();
        List<UnitId> units = unitsFor(household, start);
        Eligibility eligible = orFail(Eligibility.check(Option.some(RULES.municipality()), assessment(start), RULES).toEither());
        LocalDate decidedOn = cal.plusWorkingDays(start, 5);
        List<Application> trail = new ArrayList<>();
        Application.Complete complete = (Application.Complete) orFail(Application.submit(id, completeForm(household), start, RULES));
        trail.add(complete);
        Application.Assessed assessed = orFail(complete.assess(assessment(cal.plusWorkingDays(start, 2))));
        trail.add(assessed);
        Application.Granted granted = orFail(assessed.grant(grant("G-" + id, decidedOn, units, decidedOn.plusMonths(6)),
                eligible, RULES));
        trail.add(granted);
        afterGrant("Ended", granted, cal, trail);
        return List.copyOf(trail);
    }

    /** TSM-4, TSM-5: {@code flat-1} for a family with a child, else {@code bed-1 .. bed-n}, a bed place for each adult. */
    public static List<UnitId> unitsFor(Household household, LocalDate on) {
        if (household.placementKindOn(on, RULES.adultAge()) == PlacementKind.SEPARATE_DWELLING) {
            return List.of(new UnitId("flat-1"));
        }
        List<UnitId> beds = new ArrayList<>();
        for (int i = 1; i <= household.adultsOn(on, RULES.adultAge()).size(); i++) {
            beds.add(new UnitId("bed-" + i));
        }
        return List.copyOf(beds);
    }

    private static Application afterGrant(String state, Application.Granted granted, EstonianCalendar cal) {
        return afterGrant(state, granted, cal, new ArrayList<>());
    }

    private static Application afterGrant(String state, Application.Granted granted, EstonianCalendar cal,
                                          List<Application> trail) {
        if (state.equals("Granted")) {
            return granted;
        }
        if (state.equals("Lapsed")) {
            return orFail(granted.lapse(granted.decision().madeOn().plusMonths(1), cal, RULES));
        }
        LocalDate decidedOn = granted.decision().madeOn();
        Application.Delivered delivered = orFail(granted.deliver(new Delivery(DeliveryMethod.IN_PERSON,
                decidedOn.plusDays(1).atTime(10, 0).atZone(Delivery.TALLINN).toInstant()), cal, RULES));
        trail.add(delivered);
        if (state.equals("Delivered")) {
            return delivered;
        }
        LocalDate signedOn = cal.plusWorkingDays(decidedOn, 3);
        List<PersonalCode> signatories = granted.household().adultsOn(signedOn, RULES.adultAge());
        Application.Contracted contracted = orFail(delivered.signContract(new ServiceContract("C-" + granted.id(),
                ShelterProvider.VARJUPAIK, signatories, signedOn, signedOn, granted.serviceEnd()), cal, RULES));
        trail.add(contracted);
        if (state.equals("Contracted")) {
            return contracted;
        }
        Application.InService running = orFail(contracted.startUse(signedOn, cal, RULES));
        running = orFail(running.drawUpActionPlan(planDraft(signedOn.plusDays(7))));
        running = orFail(running.evaluateGoal("budget", new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS,
                "budget kept for 2 of 3 months", "shelter counsellor", signedOn.plusDays(60))));
        running = orFail(running.recordAbsence(new Absence(signedOn.plusDays(20), signedOn.plusDays(23),
                Option.some(signedOn.plusDays(19)))));
        if (running.placementKind() == PlacementKind.BED_PLACE) {
            running = orFail(running.chargeFee(YearMonth.from(signedOn), SubsistenceLevels.estonia(), RULES));
        } else {
            running = orFail(running.recordAncillaryCosts(YearMonth.from(signedOn), Money.euros("84.20"), "heating, water"));
        }
        running = running.recordPayment(new Payment(signedOn.plusDays(25), Money.euros("20.00")));
        trail.add(running);
        if (state.equals("InService")) {
            return running;
        }
        Application ended = orFail(running.expire(running.serviceEnd().plusDays(1)));
        trail.add(ended);
        return ended;
    }

    /**
     * A running case at the Varjupaik with every record of schema version 2 (a house-rule breach
     * naming its directive, TSM-19; an assessment of coping, TSM-23; a pre-expiry assessment by
     * the provider, TSM-24), then the same case ended at its term: the journey's last two states.
     */
    public static List<Application> recordsJourney(CaseId id, Household household, LocalDate start) {
        Application.InService running = journey(id, household, start).stream().filter(a -> a instanceof Application.InService)
                .map(a -> (Application.InService) a).reduce((first, second) -> second).orElseThrow();
        LocalDate on = running.useStartedOn();
        running = orFail(running.recordHouseRuleBreach(new HouseRuleBreach(on.plusDays(30), HOUSE_RULES.directive(), "2.1"),
                new HouseRuleBook(List.of(HOUSE_RULES))));
        running = orFail(running.assessCoping(new CopingAssessment(on.plusDays(40), true, false, true)));
        running = orFail(running.assessBeforeExpiry(new PreExpiryAssessment(running.serviceEnd().minusMonths(1), running.contract().provider(),
                "looking for a rental dwelling", false, false)));
        return List.of(running, orFail(running.expire(running.serviceEnd().plusDays(1))));
    }
}
