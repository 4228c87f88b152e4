package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.jdbc.JdbcAdapters;
import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.JusticeRules;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionRules;
import ee.hoolekanne.domain.protection.ProtectionSchedule;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.resocialization.AssessedNeeds;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.port.in.AdmitReleasedPrisonerCommand;
import ee.hoolekanne.port.in.ApplyForResocializationCommand;
import ee.hoolekanne.port.in.AssignSupportPersonCommand;
import ee.hoolekanne.port.in.AssignVolunteerCommand;
import ee.hoolekanne.port.in.AssignYouthSupportPersonCommand;
import ee.hoolekanne.port.in.ContactCaseManagerCommand;
import ee.hoolekanne.port.in.DrawUpResocializationPlanCommand;
import ee.hoolekanne.port.in.EvaluateResocializationGoalCommand;
import ee.hoolekanne.port.in.ExtendStayCommand;
import ee.hoolekanne.port.in.GrantResocializationCommand;
import ee.hoolekanne.port.in.HoldThreePartyMeetingCommand;
import ee.hoolekanne.port.in.MarkYouthSupportNeedCommand;
import ee.hoolekanne.port.in.MoveToNextStageCommand;
import ee.hoolekanne.port.in.PassReferralToProviderCommand;
import ee.hoolekanne.port.in.PassYouthToProviderCommand;
import ee.hoolekanne.port.in.RecordLaundryUseCommand;
import ee.hoolekanne.port.in.RecordReleaseCommand;
import ee.hoolekanne.port.in.ReferForSupportPersonCommand;
import ee.hoolekanne.port.in.RequestPrisonerSupportCommand;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import ee.hoolekanne.usecase.JusticeServices;
import ee.hoolekanne.usecase.ProtectionReferralService;
import ee.hoolekanne.usecase.ResocializationService;
import ee.hoolekanne.usecase.YouthSupportService;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The other four services in a few lines each: what a caseworker would ask of them. */
final class OtherServicesStory {

    private OtherServicesStory() {
    }

    static void run(PrintStream out) {

        JdbcAdapters jdbc = JdbcAdapters.migrate(SocialHousingStory.h2File(out));
        protectionSupportPerson(out, jdbc);

        youthLeavingCare(out, jdbc);

        out.println("  Resocialization (RES): one person's way, through the use cases and JDBC, and their bill for the month they moved"
                + " to the dormitory");
        Resocialization.InIndependentLife life = resocialization(out, jdbc);
        YearMonth moveMonth = YearMonth.from(life.stays().get(2).from());
        MonthlyStatement statement = life.statement(moveMonth, PriceList.tallinn()).getOrElseThrow((String reason) -> new IllegalStateException(reason));
        statement.lines().forEach(l -> out.println("    " + moveMonth + " " + l.description() + ": " + l.amount()));
        out.println("    total " + statement.total());

        justice(out, jdbc);
    }

    /**
     * One person's way through the stages of resocialization in Tallinn (RES-3 .. RES-8) by the use
     * cases, stored through the JDBC adapter: each stage's plan drawn up and its goals met before the
     * decision to move on.
     */
    private static Resocialization.InIndependentLife resocialization(PrintStream out, JdbcAdapters jdbc) {
        ResocializationService service = new ResocializationService(jdbc.resocializations());
        CaseId id = new CaseId("2025-RES-9");
        LocalDate start = LocalDate.of(2025, 1, 6);
        List<String> states = new ArrayList<>();
        Consumer<Either<ResocializationError, Resocialization>> seen = result -> states.add(result.fold(e -> "REFUSED: " + e.message(),
                Resocialization::state));
        seen.accept(service.apply(new ApplyForResocializationCommand(id, JusticeAndResocializationCases.form(PersonalCode.of(
                LocalDate.of(1970, 10, 10), Sex.MALE, 77)), "Lasnamäe", Option.some("Lasnamäe"),
                Option.some(new IdentityDocument(IdentityDocument.Kind.ID_CARD, start)), start)));
        seen.accept(service.grant(new GrantResocializationCommand(id, JusticeAndResocializationCases.decision("R-1", start.plusDays(3),
                new Outcome.GrantService("resocialization"), "RES-8"), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                new AssessedNeeds("Lasnamäe welfare department", false, true, AssessedNeeds.Guidance.SUBSTANTIAL),
                new Room(new UnitId("shelter-bed-4"), 8, false), 0, start.plusDays(3))));
        service.useLaundry(new RecordLaundryUseCommand(id, new LaundryUse(start.plusDays(10), PriceList.Laundry.WASHING_AND_DRYING, 2)));
        LocalDate toUnit = start.plusMonths(3);
        LocalDate toDorm = toUnit.plusMonths(4).plusDays(9);
        LocalDate leaves = toDorm.plusMonths(5);
        meetGoals(service, id, start.plusDays(5));
        seen.accept(service.moveToNextStage(new MoveToNextStageCommand(id, JusticeAndResocializationCases.decision("R-2", toUnit.minusDays(2),
                new Outcome.MoveStage("SOCIAL_HOUSING_UNIT"), "RES-4"), DeciderRole.DEPUTY_HEAD_OF_WELFARE_DEPARTMENT,
                Option.some(new Room(new UnitId("shu-12-b"), 3, true)), 0, false, toUnit)));
        meetGoals(service, id, toUnit.plusDays(5));
        seen.accept(service.moveToNextStage(new MoveToNextStageCommand(id, JusticeAndResocializationCases.decision("R-3", toDorm.minusDays(3),
                new Outcome.MoveStage("DORMITORY"), "RES-4"), DeciderRole.HEAD_OF_WELFARE_DEPARTMENT,
                Option.some(new Room(new UnitId("dorm-2-a"), 2, false)), 0, false, toDorm)));
        service.useLaundry(new RecordLaundryUseCommand(id, new LaundryUse(toDorm.plusDays(4), PriceList.Laundry.WASHING, 1)));
        meetGoals(service, id, toDorm.plusDays(3));
        Either<ResocializationError, Resocialization> independent = service.moveToNextStage(new MoveToNextStageCommand(id,
                JusticeAndResocializationCases.decision("R-4", leaves.minusDays(5), new Outcome.MoveStage("INDEPENDENT_LIFE"), "RES-5"),
                DeciderRole.HEAD_OF_WELFARE_DEPARTMENT, Option.none(), 0, true, leaves));
        seen.accept(independent);
        out.println("    " + String.join(" -> ", states));
        return (Resocialization.InIndependentLife) independent.get();
    }

    /** Draws up the stage's plan and records its goal met. */
    private static void meetGoals(ResocializationService service, CaseId id, LocalDate on) {
        service.drawUpActionPlan(new DrawUpResocializationPlanCommand(id, JusticeAndResocializationCases.stagePlan(on)));
        service.evaluateGoal(new EvaluateResocializationGoalCommand(id, "stage-goal", new Evaluation(Evaluation.Kind.FOLLOW_UP,
                GoalStatus.ACHIEVED, "met", "social worker", on.plusMonths(1))));
    }

    /**
     * A prisoner's volunteer support person and a released prisoner's accommodation (JUS) through
     * the use cases and the JDBC adapter: six months, extended once by the provider's decision.
     */
    private static void justice(PrintStream out, JdbcAdapters jdbc) {
        out.println("  Prisoner's support person and released prisoner's accommodation (JUS), through the use cases and JDBC:");
        JusticeRules rules = JusticeRules.ministryOfJustice();
        JusticeServices.PrisonerSupportService support = new JusticeServices.PrisonerSupportService(jdbc.prisonerSupport(), rules);
        CaseId prisonerCase = new CaseId("2026-JUS-2");
        LocalDate release = LocalDate.of(2026, 6, 15);
        PersonalCode prisoner = PersonalCode.of(LocalDate.of(1985, 5, 5), Sex.MALE, 99);
        support.request(new RequestPrisonerSupportCommand(prisonerCase, prisoner, release, release.minusMonths(7)));
        out.println("    a volunteer on " + release.minusMonths(5) + ": " + support.assign(new AssignVolunteerCommand(prisonerCase,
                JusticeAndResocializationCases.volunteer("vol-7"), Set.of(JusticeAndResocializationCases.PARTNER), release.minusMonths(5)))
                .fold(e -> "refused: " + e.message(), p -> "assigned") + "; released on " + release + ": "
                + support.release(new RecordReleaseCommand(prisonerCase, release)).fold(e -> "refused: " + e.message(), p -> "recorded"));
        JusticeServices.AccommodationService accommodation = new JusticeServices.AccommodationService(jdbc.releasedAccommodation(), rules);
        CaseId stay = new CaseId("2026-ACC-4");
        ReleasedAccommodation.Staying admitted = (ReleasedAccommodation.Staying) accommodation.admit(new AdmitReleasedPrisonerCommand(stay,
                prisoner, ReleasedAccommodation.Need.NO_RESIDENCE, release, new ProviderId("lootuse-kula"), new UnitId("laitse-3"),
                Set.of(SupportingActivity.DEBT_COUNSELLING, SupportingActivity.WORK), release)).get();
        ReleasedAccommodation extended = accommodation.extend(new ExtendStayCommand(stay, new Decision(new DecisionId("E-2026-4"),
                new DecisionMaker("MTÜ Lootuse Küla"), admitted.until().minusDays(10), new Outcome.Extend(admitted.until().plusMonths(2)),
                List.of(rules.basis("JUS-5")), Option.none()))).get();
        out.println("    admitted " + admitted.admittedOn() + ", until " + admitted.until() + ", extended until "
                + ((ReleasedAccommodation.Staying) extended).until() + " (JUS-5)");
    }

    /**
     * The protection support person (RVK) through its use cases and the JDBC adapter: the
     * referral, the provider's receipt on a Friday before Christmas, the assignment deadline, the
     * assignment, the case manager and the three-party meeting.
     */
    private static void protectionSupportPerson(PrintStream out, JdbcAdapters jdbc) {
        out.println("  Protection support person (RVK), through the use cases and the JDBC adapter:");
        ProtectionReferralRepository referrals = jdbc.protectionReferrals();
        ProtectionReferralService service = new ProtectionReferralService(referrals, ProtectionRules.ska2023());
        CaseId id = new CaseId("2025-RVK-5");
        LocalDate referredOn = LocalDate.of(2025, 12, 17);
        step(out, "2025-12-17 referred by Tartu (RVK-5)", service.refer(new ReferForSupportPersonCommand(id,
                SupportServicesCases.refugeeFamily(), ProtectionStatus.INTERNATIONAL, true,
                new NeedAssessment(referredOn.minusDays(7), "Tartu linn", List.of("adult social services"), false),
                SupportServicesCases.referralDecision("RV-2025-5", referredOn), ServiceLanguage.otherWithInterpreter("Arabic"))));
        step(out, "2025-12-19 received by the provider", service.passToProvider(new PassReferralToProviderCommand(id,
                SupportServicesCases.PROTECTION_PROVIDER, LocalDate.of(2025, 12, 19))));
        referrals.load(id).get().forEach(stored -> ProtectionSchedule.standard().openObligations(stored.value()).forEach(o ->
                out.println("    " + o.what() + " by " + o.deadline().dueDate() + " (" + o.deadline().legalBasis().get().ruleId()
                        + SocialHousingStory.skipped(o.deadline()) + ")")));
        step(out, "2025-12-29 support person assigned", service.assign(new AssignSupportPersonCommand(id,
                SupportServicesCases.supportPerson("sp-1", SupportPersonKind.PROFESSIONAL, SupportServicesCases.PROTECTION_PROVIDER,
                        Language.ENGLISH), LocalDate.of(2025, 12, 29))));
        step(out, "2025-12-30 case manager contacted", service.contactCaseManager(new ContactCaseManagerCommand(id, LocalDate.of(2025, 12, 30))));
        step(out, "2026-01-07 three-party meeting", service.holdMeeting(new HoldThreePartyMeetingCommand(id,
                new ThreePartyMeeting(LocalDate.of(2026, 1, 7), true, List.of("register at the unemployment fund", "language course")))));
        referrals.load(id).get().forEach(stored -> out.println("    stored as version " + stored.version() + "; redacted JSON: "
                + HoolekanneJson.standard().redacting().encode(DocumentType.PROTECTION_REFERRAL, stored.value())));
    }

    /**
     * A youth leaving care in Võru county (AHT-9 .. AHT-12) through the use cases and the JDBC
     * adapter: the provider by county, the windows in which support persons may start, a
     * professional one refused for starting too early, then assigned.
     */
    private static void youthLeavingCare(PrintStream out, JdbcAdapters jdbc) {
        out.println("  Youth leaving care (AHT-10): leaving on 2019-12-01, living in Võru county, through the use cases and JDBC");
        YouthSupportRepository cases = jdbc.youthSupport();
        YouthSupportService service = new YouthSupportService(cases, SupportServicesCases.youthProviders(), SupportServicesCases.CARE,
                SupportServicesCases.PROJECT);
        CaseId id = new CaseId("2019-Y-3");
        LocalDate leaving = LocalDate.of(2019, 12, 1);
        service.markNeed(new MarkYouthSupportNeedCommand(id, PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404),
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), County.VORU, leaving, false, leaving.minusMonths(7)));
        YouthSupport.WithProvider youth = (YouthSupport.WithProvider) service.passToProvider(
                new PassYouthToProviderCommand(id, leaving.minusMonths(7).plusDays(3))).get();
        for (SupportPersonKind kind : SupportPersonKind.values()) {
            out.println("    a " + kind.name().toLowerCase() + " support person may start from "
                    + youth.windowOpens(kind, SupportServicesCases.CARE) + ", provider " + youth.provider());
        }
        SupportPerson professional = SupportServicesCases.supportPerson("sp", SupportPersonKind.PROFESSIONAL, youth.provider(), Language.ESTONIAN);
        out.println("    a professional one on 2019-05-01: " + service.assign(new AssignYouthSupportPersonCommand(id, professional,
                LocalDate.of(2019, 5, 1))).fold(e -> "refused: " + e.message(), YouthSupport::state));
        out.println("    and on 2019-06-01: " + service.assign(new AssignYouthSupportPersonCommand(id, professional,
                LocalDate.of(2019, 6, 1))).fold(e -> "refused: " + e.message(), YouthSupport::state)
                + " (stored as version " + cases.load(id).get().get().version() + ")");
    }

    private static void step(PrintStream out, String what, Either<SupportServiceError, ProtectionReferral> result) {
        out.println("    " + what + " -> " + result.fold(e -> "REFUSED: " + e.message(), ProtectionReferral::state));
    }
}
