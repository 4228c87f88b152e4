package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.decision.ProcedureRules;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.letter.CaseLetters;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.substitutecare.SubstituteCareRules;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.domain.supportperson.Training;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.in.CaseFailure;
import ee.hoolekanne.port.in.justice.AdmitReleasedPrisonerCommand;
import ee.hoolekanne.port.in.justice.AssignVolunteerCommand;
import ee.hoolekanne.port.in.justice.ExtendStayCommand;
import ee.hoolekanne.port.in.justice.RecordReleaseCommand;
import ee.hoolekanne.port.in.justice.RequestSupportCommand;
import ee.hoolekanne.port.in.protection.AssignSupportPersonCommand;
import ee.hoolekanne.port.in.protection.ContactCaseManagerCommand;
import ee.hoolekanne.port.in.protection.HoldThreePartyMeetingCommand;
import ee.hoolekanne.port.in.protection.PassToProviderCommand;
import ee.hoolekanne.port.in.protection.ReceiveInfoRequestCommand;
import ee.hoolekanne.port.in.protection.ReferForSupportPersonCommand;
import ee.hoolekanne.port.in.resocialization.DrawUpActionPlanCommand;
import ee.hoolekanne.port.in.resocialization.EvaluateGoalCommand;
import ee.hoolekanne.port.in.resocialization.GrantServiceCommand;
import ee.hoolekanne.port.in.resocialization.MoveToIndependentLifeCommand;
import ee.hoolekanne.port.in.resocialization.MoveToNextStageCommand;
import ee.hoolekanne.port.in.resocialization.RecordLaundryUseCommand;
import ee.hoolekanne.port.in.resocialization.SubmitApplicationCommand;
import ee.hoolekanne.port.in.substitutecare.AssignMentorCommand;
import ee.hoolekanne.port.in.substitutecare.BookPsychologicalSessionCommand;
import ee.hoolekanne.port.in.substitutecare.HoldGroupMeetingCommand;
import ee.hoolekanne.port.in.substitutecare.JoinGroupCommand;
import ee.hoolekanne.port.in.substitutecare.OpenCounsellingGroupCommand;
import ee.hoolekanne.port.in.substitutecare.RecordHomeEvaluationCommand;
import ee.hoolekanne.port.in.substitutecare.RegisterCarerFamilyCommand;
import ee.hoolekanne.port.in.substitutecare.RegisterSubstituteHomeCommand;
import ee.hoolekanne.port.in.youthsupport.MarkNeedCommand;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.usecase.resocialization.ResocializationService;
import ee.hoolekanne.usecase.substitutecare.SubstituteCareService;
import ee.hoolekanne.usecase.youthsupport.YouthSupportService;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The other four services in a few lines each, through their use cases on the same
 * {@link Municipality} (one database, one morning list): what a caseworker would ask of them.
 */
final class OtherServicesStory {

    private OtherServicesStory() {
    }

    static void run(PrintStream out, Municipality town) {
        protectionSupportPerson(out, town);

        youthLeavingCare(out, town);

        substituteCareFamilies(out, town);

        out.println("  Resocialization (RES): one person's way, through the use cases and JDBC, and their bill for the month they moved"
                + " to the dormitory");
        resocialization(out, town).forEach(life -> {
            YearMonth moveMonth = YearMonth.from(life.stays().get(2).from());
            life.statement(moveMonth, PriceList.tallinn()).fold(reason -> {
                out.println("    no statement: " + reason.message());
                return null;
            }, statement -> {
                statement.lines().forEach(l -> out.println("    " + moveMonth + " " + l.description() + ": " + l.amount()));
                out.println("    total " + statement.total());
                return null;
            });
        });

        justice(out, town);
    }

    /**
     * One person's way through the stages of resocialization in Tallinn (RES-3 .. RES-8) by the use
     * cases: the district from the population register, each stage's plan drawn up and its goals
     * met before the decision to move on.
     */
    private static Option<Resocialization.InIndependentLife> resocialization(PrintStream out, Municipality town) {
        ResocializationService service = town.resocialization;
        CaseId id = new CaseId("2025-RES-9");
        LocalDate start = LocalDate.of(2025, 1, 6);
        PersonalCode resident = PersonalCode.of(LocalDate.of(1970, 10, 10), Sex.MALE, 77);
        town.register.register(resident, LocalDate.of(2019, 5, 1), "Tallinn", "Lasnamäe");
        List<String> states = new ArrayList<>();
        Consumer<Either<CaseFailure<ResocializationError>, Resocialization>> seen = result -> states.add(result.fold(e -> "REFUSED: "
                + e.message(), Resocialization::state));
        seen.accept(service.submitApplication(new SubmitApplicationCommand(id, ExampleData.resocializationApplication(resident), "Lasnamäe",
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, start)), start)));
        seen.accept(service.grantService(new GrantServiceCommand(id, ExampleData.resocializationDecision("R-1", start.plusDays(3),
                new Outcome.GrantService("resocialization"), Rule.RES_8, "The need assessment of the Lasnamäe welfare department found that he needs round-the-clock care and a bed at the shelter."), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new AssessedNeeds("Lasnamäe welfare department", false, true, AssessedNeeds.Guidance.SUBSTANTIAL),
                new Room(new UnitId("shelter-bed-4"), 8, false), 0, start.plusDays(3))));
        service.recordLaundryUse(new RecordLaundryUseCommand(id, new LaundryUse(start.plusDays(10), PriceList.Laundry.WASHING_AND_DRYING, 2)));
        LocalDate toUnit = start.plusMonths(3);
        LocalDate toDorm = toUnit.plusMonths(4).plusDays(9);
        LocalDate leaves = toDorm.plusMonths(5);
        meetGoals(service, id, start.plusDays(5));
        seen.accept(service.moveToNextStage(new MoveToNextStageCommand(id, ExampleData.resocializationDecision("R-2", toUnit.minusDays(2),
                new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), Rule.RES_4, "The goals of the shelter stage are met (evaluation of the action plan)."), DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("shu-12-b"), 3, true), 0, toUnit)));
        meetGoals(service, id, toUnit.plusDays(5));
        seen.accept(service.moveToNextStage(new MoveToNextStageCommand(id, ExampleData.resocializationDecision("R-3", toDorm.minusDays(3),
                new Outcome.MoveStage("DORMITORY"), Rule.RES_4, "The goals of the social housing unit are met; he needs only a little guidance."), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new Room(new UnitId("dorm-2-a"), 2, false), 0, toDorm)));
        service.recordLaundryUse(new RecordLaundryUseCommand(id, new LaundryUse(toDorm.plusDays(4), PriceList.Laundry.WASHING, 1)));
        meetGoals(service, id, toDorm.plusDays(3));
        Either<CaseFailure<ResocializationError>, Resocialization> independent = service.moveToIndependentLife(new MoveToIndependentLifeCommand(
                id, ExampleData.resocializationDecision("R-4", leaves.minusDays(5), new Outcome.MoveStage("INDEPENDENT_LIFE"), Rule.RES_5, "The goals are met and he has found a rented room."),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, true, leaves));
        seen.accept(independent);
        out.println("    " + String.join(" -> ", states));
        return independent.toOption().filter(Resocialization.InIndependentLife.class::isInstance)
                .map(Resocialization.InIndependentLife.class::cast);
    }

    /** Draws up the stage's plan and records its goal met. */
    private static void meetGoals(ResocializationService service, CaseId id, LocalDate on) {
        service.drawUpActionPlan(new DrawUpActionPlanCommand(id, ExampleData.stagePlan(on)));
        service.evaluateGoal(new EvaluateGoalCommand(id, "stage-goal", new Evaluation(Evaluation.Kind.FOLLOW_UP,
                GoalStatus.ACHIEVED, "met", "social worker", on.plusMonths(1))));
    }

    /**
     * A prisoner's volunteer support person and a released prisoner's accommodation (JUS) through
     * the use cases: six months from the day after admission, extended once by the provider's
     * decision; the stay's end on the morning list.
     */
    private static void justice(PrintStream out, Municipality town) {
        out.println("  Prisoner's support person and released prisoner's accommodation (JUS), through the use cases and JDBC:");
        JusticeRules rules = JusticeRules.ministryOfJustice();
        CaseId prisonerCase = new CaseId("2026-JUS-2");
        LocalDate release = LocalDate.of(2026, 6, 15);
        PersonalCode prisoner = PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99);
        town.prisonerSupport.requestSupport(new RequestSupportCommand(prisonerCase, prisoner, release, release.minusMonths(7)));
        out.println("    a volunteer on " + release.minusMonths(7) + ": " + town.prisonerSupport.assignVolunteer(new AssignVolunteerCommand(
                prisonerCase, ExampleData.volunteer("vol-7"), Set.of(ExampleData.JUSTICE_PARTNER),
                release.minusMonths(7))).fold(CaseFailure::message, p -> p.outsideMainTargetGroup(rules)
                ? "assigned, flagged: seven months before release is outside the main target group (JUS-1), not refused" : "assigned")
                + "; released on " + release + ": "
                + town.prisonerSupport.recordRelease(new RecordReleaseCommand(prisonerCase, release)).fold(CaseFailure::message,
                p -> "recorded"));
        CaseId stay = new CaseId("2026-ACC-4");
        town.accommodation.admitReleasedPrisoner(new AdmitReleasedPrisonerCommand(stay, prisoner, ReleasedAccommodation.Need.NO_RESIDENCE,
                release, new ProviderId("lootuse-kula"), new UnitId("laitse-3"), Set.of(SupportingActivity.DEBT_COUNSELLING,
                SupportingActivity.WORK), release)).forEach(admitted -> {
                    LocalDate until = ((ReleasedAccommodation.Staying) admitted).until();
                    out.println("    admitted " + release + ", until " + until + " (six months from the day after admission)");
                    SocialHousingStory.morningList(out, town, until.minusDays(7));
                    out.println("    " + town.accommodation.extendStay(new ExtendStayCommand(stay, new Decision(new DecisionId("E-2026-4"),
                            new DecisionMaker("MTÜ Lootuse Küla", ProcedureRules.JUSTICE_PROVIDER, "Jaan Jõgi"), until.minusDays(10),
                            new Outcome.Extend(until.plusMonths(2)), List.of(rules.basis(Rule.JUS_5)), Option.none(),
                            Reasons.of("No rented room was found yet; the job at the sawmill continues (action plan, goal 2).")))).fold(CaseFailure::message,
                            extended -> "extended until " + ((ReleasedAccommodation.Staying) extended).until() + " (JUS-5)"));
                });
    }

    /**
     * The protection support person (RVK) through its use cases: the referral, the provider's
     * receipt on a Friday before Christmas, the assignment deadline on the morning list, the
     * assignment, the case manager, the three-party meeting and an information request (RVK-6).
     */
    private static void protectionSupportPerson(PrintStream out, Municipality town) {
        out.println("  Protection support person (RVK), through the use cases and the JDBC adapter:");
        CaseId id = new CaseId("2025-RVK-5");
        LocalDate referredOn = LocalDate.of(2025, 12, 17);
        step(out, "2025-12-17 referred by Tartu (RVK-5)", town.protection.referForSupportPerson(new ReferForSupportPersonCommand(id,
                ExampleData.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(referredOn.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of("adult social services"), false, true),
                ExampleData.referralDecision("RV-2025-5", referredOn), ServiceLanguage.otherWithInterpreter("Arabic"))));
        step(out, "2025-12-19 received by the provider", town.protection.passToProvider(new PassToProviderCommand(id,
                ExampleData.PROTECTION_PROVIDER, LocalDate.of(2025, 12, 19))));
        SocialHousingStory.morningList(out, town, LocalDate.of(2025, 12, 19));
        step(out, "2025-12-29 support person assigned", town.protection.assignSupportPerson(new AssignSupportPersonCommand(id,
                ExampleData.supportPerson("sp-1", SupportPersonKind.PROFESSIONAL, ExampleData.PROTECTION_PROVIDER,
                        Language.ENGLISH), LocalDate.of(2025, 12, 29))));
        step(out, "2025-12-30 case manager contacted", town.protection.contactCaseManager(new ContactCaseManagerCommand(id,
                LocalDate.of(2025, 12, 30))));
        step(out, "2026-01-07 three-party meeting", town.protection.holdThreePartyMeeting(new HoldThreePartyMeetingCommand(id,
                new ThreePartyMeeting(LocalDate.of(2026, 1, 7), true, List.of("register at the unemployment fund", "language course")))));
        Either<CaseFailure<SupportServiceError>, ProtectionReferral> asked = town.protection.receiveInfoRequest(
                new ReceiveInfoRequestCommand(id, LocalDate.of(2026, 2, 20)));
        step(out, "2026-02-20 the local government asks for information (RVK-6)", asked);
        SocialHousingStory.morningList(out, town, LocalDate.of(2026, 2, 20));
        asked.forEach(referral -> out.println("    redacted JSON: "
                + HoolekanneJson.standard().redacting().encode(DocumentType.PROTECTION_REFERRAL, referral)));
        // RVK-3: the family reads Russian: the referral decision and the support person's notice, in Russian
        asked.forEach(referral -> town.writeLetters(out, CaseLetters.of(referral, ProtectionSchedule.standard()),
                new Addressee("Olga Ivanova", List.of("Riia 15-3", "51010 Tartu")), Texts.RUSSIAN));
    }

    /**
     * A youth leaving care in Võru county (AHT-9 .. AHT-12) through the use cases: the provider by
     * county, the windows in which support persons may start, a professional one refused for
     * starting too early, then assigned.
     */
    private static void youthLeavingCare(PrintStream out, Municipality town) {
        out.println("  Youth leaving care (AHT-10): leaving on 2019-12-01, living in Võru county, through the use cases and JDBC");
        YouthSupportService service = town.youthSupport;
        CaseId id = new CaseId("2019-Y-3");
        LocalDate leaving = LocalDate.of(2019, 12, 1);
        service.markNeed(new MarkNeedCommand(id, PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404),
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), County.VORU, leaving, false, leaving.minusMonths(7)));
        service.passToProvider(new ee.hoolekanne.port.in.youthsupport.PassToProviderCommand(id, leaving.minusMonths(7).plusDays(3)))
                .forEach(passed -> {
                    YouthSupport.WithProvider youth = (YouthSupport.WithProvider) passed;
                    for (SupportPersonKind kind : SupportPersonKind.values()) {
                        out.println("    a " + kind.name().toLowerCase() + " support person may start from "
                                + youth.windowOpens(kind, SubstituteCareRules.ska2015()) + ", provider " + youth.provider());
                    }
                    SupportPerson professional = ExampleData.supportPerson("sp", SupportPersonKind.PROFESSIONAL, youth.provider(),
                            Language.ESTONIAN);
                    out.println("    a professional one on 2019-05-01: " + service.assignSupportPerson(
                            new ee.hoolekanne.port.in.youthsupport.AssignSupportPersonCommand(id, professional, LocalDate.of(2019, 5, 1),
                                    Proposer.LOCAL_GOVERNMENT))
                            .fold(CaseFailure::message, YouthSupport::state));
                    out.println("    and on 2019-06-01: " + service.assignSupportPerson(
                            new ee.hoolekanne.port.in.youthsupport.AssignSupportPersonCommand(id, professional, LocalDate.of(2019, 6, 1),
                                    Proposer.LOCAL_GOVERNMENT))
                            .fold(CaseFailure::message, y -> y.state() + ", proposed by the local government (AHT-10)"));
                });
    }

    /**
     * The substitute-care families' services (AHT-4 .. AHT-8) through the use cases: a foster
     * family in Tartu county served by the South region's provider while its contract runs,
     * three counselling sessions and not a fourth, a mentor; a closed counselling group of people,
     * not families; a substitute home whose internal evaluation falls due every three years, on the
     * morning list.
     */
    private static void substituteCareFamilies(PrintStream out, Municipality town) {
        out.println("  Substitute-care families (AHT-4 .. AHT-8), through the use cases and JDBC:");
        SubstituteCareService care = town.substituteCare;
        CaseId family = new CaseId("2019-FAM-4");
        care.registerCarerFamily(new RegisterCarerFamilyCommand(family, CarerKind.FOSTER, County.TARTU));
        for (LocalDate on : List.of(LocalDate.of(2019, 2, 4), LocalDate.of(2019, 3, 4), LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 6))) {
            out.println("    psychological session on " + on + ": " + care.bookPsychologicalSession(new BookPsychologicalSessionCommand(family, on))
                    .fold(CaseFailure::message, f -> "booked with " + f.sessions().get(f.sessions().size() - 1).provider()
                            .map(ProviderId::value).getOrElse("the provider") + " (AHT-4, AHT-5)"));
        }
        out.println("    a mentor with foster-parent experience: " + care.assignMentor(new AssignMentorCommand(family, new Mentor("mentor-3",
                Option.some(CarerKind.FOSTER), Option.some(new Training("mentor preparatory training", LocalDate.of(2016, 2, 1)))),
                LocalDate.of(2019, 2, 11))).fold(CaseFailure::message, f -> "assigned (AHT-6)"));
        CaseId group = new CaseId("2019-GRP-1");
        care.openCounsellingGroup(new OpenCounsellingGroupCommand(group, false));
        out.println("    a closed counselling group of 5 people: " + care.joinGroup(new JoinGroupCommand(group,
                List.of("p1", "p2", "p3", "p4", "p5"), LocalDate.of(2019, 1, 14))).fold(CaseFailure::message, g -> "joined")
                + "; with 6: " + care.joinGroup(new JoinGroupCommand(group, List.of("p6"), LocalDate.of(2019, 1, 14)))
                .fold(CaseFailure::message, g -> g.participants().size() + " people"));
        out.println("    a meeting of 3 academic hours: " + care.holdGroupMeeting(new HoldGroupMeetingCommand(group, LocalDate.of(2019, 1, 21), 3))
                .fold(CaseFailure::message, g -> "held") + "; of 4: " + care.holdGroupMeeting(new HoldGroupMeetingCommand(group,
                LocalDate.of(2019, 1, 21), 4)).fold(CaseFailure::message, g -> "held (AHT-7)"));
        CaseId home = new CaseId("2016-HOME-2");
        care.registerSubstituteHome(new RegisterSubstituteHomeCommand(home, LocalDate.of(2016, 3, 1)));
        SocialHousingStory.morningList(out, town, LocalDate.of(2019, 2, 25));
        out.println("    the home's evaluation on 2019-02-28: " + care.recordHomeEvaluation(new RecordHomeEvaluationCommand(home,
                LocalDate.of(2019, 2, 28))).fold(CaseFailure::message, h -> "recorded; the next is due by "
                + h.nextEvaluationDeadline(EstonianCalendar.standard(), SubstituteCareRules.ska2015()).dueDate() + " (AHT-8)"));
    }

    private static void step(PrintStream out, String what, Either<CaseFailure<SupportServiceError>, ProtectionReferral> result) {
        out.println("    " + what + " -> " + result.fold(e -> "REFUSED: " + e.message(), ProtectionReferral::state));
    }
}
