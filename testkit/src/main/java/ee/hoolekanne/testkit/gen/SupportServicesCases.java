package ee.hoolekanne.testkit.gen;

import ee.hoolekanne.domain.actionplan.Evaluation;
import ee.hoolekanne.domain.actionplan.GoalStatus;
import ee.hoolekanne.domain.calendar.EffectivePeriod;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.DecisionId;
import ee.hoolekanne.domain.decision.DecisionMaker;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.protection.ChangeNotice;
import ee.hoolekanne.domain.protection.EndReason;
import ee.hoolekanne.domain.protection.NeedArea;
import ee.hoolekanne.domain.protection.NeedAssessment;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.protection.ProtectionRules;
import ee.hoolekanne.domain.protection.ProtectionStatus;
import ee.hoolekanne.domain.protection.ThreePartyMeeting;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.substitutecare.Project;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.substitutecare.SubstituteCareRules;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.Engagement;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderDirectory;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Region;
import ee.hoolekanne.domain.supportperson.RegionMap;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.ServiceProvider;
import ee.hoolekanne.domain.supportperson.SupportPerson;
import ee.hoolekanne.domain.supportperson.SupportPersonId;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.Training;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;

/**
 * Fixtures for the support-person and substitute-care services: the source's provider directory,
 * support persons, and a case of each service in every state, built through the domain's
 * transitions.
 */
public final class SupportServicesCases {

    /** The protection service's rules. */
    public static final ProtectionRules PROTECTION = ProtectionRules.ska2023();
    /** The substitute-care services' rules. */
    public static final SubstituteCareRules CARE = SubstituteCareRules.ska2015();
    /** The substitute-care project (2015-2020). */
    public static final Project PROJECT = Project.qualityOfSubstituteCare();
    /** The protection service's provider. */
    public static final ProviderId PROTECTION_PROVIDER = new ProviderId("ska-protection-provider");

    private SupportServicesCases() {
    }

    /**
     * The youth support-person providers the source lists, contracted until 31.05.2020 (AHT-4):
     * East MTÜ Virumaa Tugiteenused, North MTÜ Suunatuli, West OÜ Febrec, South SA Elva Laste- ja
     * Perekeskus.
     */
    public static ProviderDirectory youthProviders() {
        EffectivePeriod until = new EffectivePeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 5, 31));
        return new ProviderDirectory(List.of(
                new ServiceProvider(new ProviderId("virumaa-tugiteenused"), "MTÜ Virumaa Tugiteenused", YouthSupport.SERVICE,
                        Set.of(Region.EAST), Set.of(), until),
                new ServiceProvider(new ProviderId("suunatuli"), "MTÜ Suunatuli", YouthSupport.SERVICE,
                        Set.of(Region.NORTH), Set.of(), until),
                new ServiceProvider(new ProviderId("febrec"), "OÜ Febrec", YouthSupport.SERVICE,
                        Set.of(Region.WEST), Set.of(), until),
                new ServiceProvider(new ProviderId("elva-perekeskus"), "SA Elva Laste- ja Perekeskus", YouthSupport.SERVICE,
                        Set.of(Region.SOUTH), Set.of(), until)), RegionMap.ska());
    }

    /**
     * The regional family services' provider the source names, MTÜ Oma Pere, contracted for every
     * region from the project's start until 30.06.2019 (AHT-4).
     */
    public static ProviderDirectory familyProviders() {
        return new ProviderDirectory(List.of(new ServiceProvider(new ProviderId("oma-pere"), "MTÜ Oma Pere", FamilyServices.SERVICE,
                Set.of(Region.values()), Set.of(), new EffectivePeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 6, 30)))),
                RegionMap.ska());
    }

    /** One family-services provider for every region over the whole project period: for checks where the provider is not the point. */
    public static ProviderDirectory familyProvidersThroughout() {
        return new ProviderDirectory(List.of(new ServiceProvider(new ProviderId("family-provider"), "a family-services provider",
                FamilyServices.SERVICE, Set.of(Region.values()), Set.of(), PROJECT.period())), RegionMap.ska());
    }

    /** A trained support person of {@code provider}. */
    public static SupportPerson supportPerson(String id, SupportPersonKind kind, ProviderId provider, Language... languages) {
        return new SupportPerson(new SupportPersonId(id), kind, kind == SupportPersonKind.TRUSTED ? Engagement.VOLUNTEER : Engagement.PAID,
                List.of(new Training("support person training", LocalDate.of(2015, 3, 1))), kind == SupportPersonKind.PROFESSIONAL,
                Set.of(languages), provider);
    }

    /** AHT-10: who proposes a support person of {@code kind}: the local government for a professional one, nobody for a trusted one. */
    public static Option<Proposer> proposerFor(SupportPersonKind kind) {
        return kind == SupportPersonKind.PROFESSIONAL ? Option.some(Proposer.LOCAL_GOVERNMENT) : Option.none();
    }

    /** A qualified mentor (AHT-6). */
    public static Mentor mentor() {
        return new Mentor("mentor-1", Option.some(CarerKind.FOSTER),
                Option.some(new Training("mentor preparatory training", LocalDate.of(2016, 2, 1))));
    }

    /** A refugee family: two adults and a child, with international protection. */
    public static Household refugeeFamily() {
        return new Household(PersonalCode.of(LocalDate.of(1988, 6, 1), Sex.FEMALE, 301),
                List.of(PersonalCode.of(LocalDate.of(1986, 2, 11), Sex.MALE, 302),
                        PersonalCode.of(LocalDate.of(2018, 9, 9), Sex.MALE, 303)));
    }

    /** The local government's referral decision. */
    public static Decision referralDecision(String id, LocalDate on) {
        return new Decision(new DecisionId(id), Acts.TARTU_SOCIAL_WORKER, on,
                new Outcome.Refer("support person for recipients of international protection"),
                List.of(LegalBasis.of(Rule.RVK_5, PROTECTION.source())), Option.none(), Acts.reasons(on));
    }

    /**
     * The successive states of one protection referral from {@code start} (a working day):
     * Referred, WithProvider, Assigned, CaseManagerContacted, Active (with an information request,
     * a change notice, a report, an evaluation), Ended.
     */
    public static List<ProtectionReferral> protectionJourney(CaseId id, LocalDate start) {
        List<ProtectionReferral> trail = new ArrayList<>();
        ProtectionReferral.Referred referred = orFail(ProtectionReferral.refer(id, refugeeFamily(), ProtectionStatus.INTERNATIONAL,
                true, new NeedAssessment(start.minusDays(7), "Tartu linn", Set.of(NeedArea.SOCIAL, NeedArea.ECONOMIC), List.of("adult social services"), false, true),
                referralDecision("RV-" + id, start), ServiceLanguage.otherWithInterpreter("Arabic"), PROTECTION));
        trail.add(referred);
        ProtectionReferral.WithProvider withProvider = orFail(referred.referToProvider(PROTECTION_PROVIDER, start.plusDays(2), PROTECTION));
        trail.add(withProvider);
        ProtectionReferral.Assigned assigned = orFail(withProvider.assign(
                supportPerson("sp-1", SupportPersonKind.PROFESSIONAL, PROTECTION_PROVIDER, Language.ENGLISH), start.plusDays(5), PROTECTION));
        trail.add(assigned);
        ProtectionReferral.CaseManagerContacted contacted = orFail(assigned.contactCaseManager(start.plusDays(6), PROTECTION));
        trail.add(contacted);
        ProtectionReferral.Active active = orFail(contacted.holdMeeting(
                new ThreePartyMeeting(start.plusDays(12), true, List.of("register at the unemployment fund", "language course")), PROTECTION));
        active = orFail(active.receiveInfoRequest(start.plusMonths(1), PROTECTION));
        active = orFail(active.answerInfoRequest(1, start.plusMonths(1).plusDays(2), PROTECTION));
        active = orFail(active.notifyChange(new ChangeNotice(start.plusMonths(2), start.plusMonths(2), true, "found work"), PROTECTION));
        active = orFail(active.report(new Report(start.plusMonths(3), "quarterly report"), PROTECTION));
        active = orFail(active.evaluate(new Evaluation(Evaluation.Kind.INTERIM, GoalStatus.IN_PROGRESS, "case plan review",
                "KOV case manager", start.plusMonths(6)), PROTECTION));
        trail.add(active);
        trail.add(orFail(active.end(EndReason.GOALS_MET, Option.none(), start.plusMonths(9), PROTECTION)));
        return List.copyOf(trail);
    }

    /**
     * The successive states of one youth support case of a youth living in {@code county}, leaving
     * care on {@code leavingDate} (2016-2020), with a professional support person from 6 months
     * before: NeedMarked, WithProvider, Assigned, Cooperating (diary, report), Ended.
     */
    public static List<YouthSupport> youthJourney(CaseId id, County county, LocalDate leavingDate) {
        List<YouthSupport> trail = new ArrayList<>();
        LocalDate marked = leavingDate.minusMonths(7);
        YouthSupport.NeedMarked need = orFail(YouthSupport.markNeed(id, PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404),
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), county, leavingDate, false, marked, PROJECT));
        trail.add(need);
        YouthSupport.WithProvider withProvider = orFail(need.passToProvider(youthProviders(), marked.plusDays(3), PROJECT));
        trail.add(withProvider);
        YouthSupport.Assigned assigned = orFail(withProvider.assign(supportPerson("sp-" + id, SupportPersonKind.PROFESSIONAL,
                withProvider.provider(), Language.ESTONIAN), leavingDate.minusMonths(6), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT));
        trail.add(assigned);
        YouthSupport.Cooperating cooperating = orFail(assigned.signAgreement(new CooperationAgreement(leavingDate.minusMonths(6).plusDays(7),
                List.of("finish vocational school", "rent a room"), "weekly meetings, phone in between",
                "what is said stays between us unless there is danger", ServiceLanguage.of(Language.ESTONIAN)), PROJECT));
        cooperating = cooperating.writeDiary(new DiaryEntry(leavingDate.minusMonths(5), "budget planned together"));
        cooperating = orFail(cooperating.report(new Report(leavingDate.minusMonths(3), "on track")));
        trail.add(cooperating);
        trail.add(cooperating.end(leavingDate.plusMonths(5), "the youth copes"));
        return List.copyOf(trail);
    }

    /** A family's use of services as it grows: none, one session, three sessions and a mentor. */
    public static List<FamilyServices> familyHistory(String familyId) {
        FamilyServices f = FamilyServices.of(new CaseId(familyId), CarerKind.FOSTER, County.TARTU);
        ProviderDirectory providers = familyProviders();
        FamilyServices one = orFail(f.bookPsychologicalSession(LocalDate.of(2018, 3, 5), providers, PROJECT, CARE));
        FamilyServices three = orFail(orFail(one.bookPsychologicalSession(LocalDate.of(2018, 4, 5), providers, PROJECT, CARE))
                .bookPsychologicalSession(LocalDate.of(2018, 5, 7), providers, PROJECT, CARE));
        return List.of(f, one, three, orFail(three.assignMentor(mentor(), LocalDate.of(2018, 6, 1), PROJECT)));
    }

    /** A counselling group as it fills and meets. */
    public static List<CounsellingGroup> groupHistory(String groupId) {
        CounsellingGroup g = CounsellingGroup.counselling(new CaseId(groupId), CARE);
        List<CounsellingGroup> history = new ArrayList<>(List.of(g));
        for (int i = 1; i <= 6; i++) {
            g = orFail(g.join("family-" + i, LocalDate.of(2019, 1, 10), PROJECT));
        }
        history.add(g);
        history.add(orFail(g.holdMeeting(LocalDate.of(2019, 2, 7), 4, PROJECT)));
        return List.copyOf(history);
    }

    /** A substitute home as it evaluates itself. */
    public static List<SubstituteHome> homeHistory(String id) {
        SubstituteHome h = new SubstituteHome(new CaseId(id), List.of(LocalDate.of(2016, 9, 1)));
        return List.of(h, orFail(h.evaluated(LocalDate.of(2019, 8, 30))));
    }
}
