package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.substitutecare.ServiceType;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Region;
import ee.hoolekanne.domain.supportperson.RegionMap;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.domain.supportperson.Training;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.CARE;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Substitute-care support services for families and substitute homes, rule by rule. */
class SubstituteCareTest {

    private static final EstonianCalendar CAL = EstonianCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("AHT-1: the project runs 2015-01-01..2020-12-31 on 6 MEUR (ESF 5.1, national 0.9); nothing is booked outside it")
    void project() {
        assertEquals(Money.euros(6_000_000), PROJECT.budget());
        assertEquals(Money.euros(5_100_000), PROJECT.esf());
        assertEquals(Money.euros(900_000), PROJECT.national());
        FamilyServices family = FamilyServices.of(new CaseId("f"), CarerKind.FOSTER, County.TARTU);
        assertInstanceOf(SupportServiceError.OutsideProject.class, family.bookPsychologicalSession(d("2021-01-04"), SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE).getLeft());
        assertInstanceOf(SupportServiceError.OutsideProject.class, family.bookPsychologicalSession(d("2014-12-31"), SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE).getLeft());
        assertTrue(family.bookPsychologicalSession(d("2020-12-31"), SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE).isRight());
    }

    @Test
    @DisplayName("AHT-2: guardianship, foster and adoptive families are served, also before a child arrives; related persons and network workers join groups")
    void familyBasedCarers() {
        for (CarerKind kind : CarerKind.values()) {
            FamilyServices prospective = FamilyServices.of(new CaseId("f-" + kind), kind, County.HARJU);
            FamilyServices served = orFail(prospective.bookPsychologicalSession(d("2016-05-02"),
                    SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE));
            assertEquals(1, served.sessions().size(), kind + " family served");
        }
        CounsellingGroup thematic = orFail(CounsellingGroup.thematic(new CaseId("t-2"), CARE)
                .join(List.of("grandmother caring for a grandchild", "child protection worker of Rapla"), d("2016-05-02"), PROJECT));
        assertEquals(2, thematic.participants().size(), "a related person and a network worker each take a place");
    }

    @Test
    @DisplayName("AHT-8: the catalogue serves carer families and substitute homes")
    void catalogue() {
        List<ServiceType> forFamilies = Arrays.stream(ServiceType.values()).filter(s -> s.audience() == ServiceType.Audience.FAMILIES).toList();
        assertEquals(List.of(ServiceType.PHONE_COUNSELLING, ServiceType.EMAIL_COUNSELLING, ServiceType.INDIVIDUAL_PSYCHOLOGICAL_COUNSELLING,
                ServiceType.MENTORING, ServiceType.GROUP_COUNSELLING, ServiceType.THEMATIC_SUPPORT_GROUP), forFamilies);
        assertEquals(7, ServiceType.values().length - forFamilies.size(), "seven services for substitute homes");
        assertEquals(6, CARE.covisionTrainingDays());
        assertEquals(3, CarerKind.values().length, "guardianship, foster and adoptive families");
    }

    @Test
    @DisplayName("AHT-3: the phone line is open Mon, Tue, Thu, Fri 10-17 and Wed 14-21; e-mail is answered within 2 working days")
    void phoneAndEmail() {
        assertTrue(CARE.isPhoneLineOpen(LocalDateTime.of(2019, 3, 4, 10, 0)), "Monday 10:00");
        assertFalse(CARE.isPhoneLineOpen(LocalDateTime.of(2019, 3, 4, 17, 0)), "Monday 17:00 is closing time");
        assertFalse(CARE.isPhoneLineOpen(LocalDateTime.of(2019, 3, 6, 11, 0)), "Wednesday morning");
        assertTrue(CARE.isPhoneLineOpen(LocalDateTime.of(2019, 3, 6, 20, 59)), "Wednesday evening");
        assertFalse(CARE.isPhoneLineOpen(LocalDateTime.of(2019, 3, 9, 12, 0)), "Saturday");
        // 18:30 UTC on a Wednesday in summer is 21:30 in Tallinn: closed; 17:30 UTC is 20:30: open
        assertFalse(CARE.isPhoneLineOpen(Instant.parse("2019-07-03T18:30:00Z")));
        assertTrue(CARE.isPhoneLineOpen(Instant.parse("2019-07-03T17:30:00Z")));
        // 24-26 December are holidays: 27 and 30 December are the two working days
        assertEquals(d("2019-12-30"), CARE.emailAnswerDeadline(CAL, d("2019-12-23")).dueDate());
    }

    @Test
    @DisplayName("AHT-4 AHT-11: counties belong to four regions, and the provider is the one of the county where the person lives now")
    void regions() {
        RegionMap map = RegionMap.ska();
        assertEquals(Region.NORTH, map.regionOf(County.HARJU));
        assertEquals(Region.SOUTH, map.regionOf(County.VORU));
        assertEquals(Region.WEST, map.regionOf(County.HIIU));
        assertEquals(Region.EAST, map.regionOf(County.LAANE_VIRU));
        // a youth from Ida-Viru now living in Tallinn is served by the North region's provider
        assertEquals("MTÜ Suunatuli", SupportServicesCases.youthProviders().forCounty(YouthSupport.SERVICE, County.HARJU, d("2019-09-01")).get().name());
        assertTrue(SupportServicesCases.youthProviders().forCounty(YouthSupport.SERVICE, County.HARJU, d("2020-06-01")).isEmpty(),
                "the contracts ran until 31.05.2020");
    }

    @Test
    @DisplayName("AHT-5: a foster family uses its quota of 3 individual psychological counselling sessions; the fourth is refused")
    void fosterFamilyQuota() {
        FamilyServices family = FamilyServices.of(new CaseId("kask"), CarerKind.FOSTER, County.TARTU);
        for (String date : List.of("2018-03-05", "2018-04-09", "2018-05-14")) {
            family = orFail(family.bookPsychologicalSession(d(date), SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE));
        }
        assertEquals(0, family.sessionsLeft(CARE));
        assertEquals(new SupportServiceError.QuotaExceeded(3), family.bookPsychologicalSession(d("2018-06-11"), SupportServicesCases.familyProvidersThroughout(), PROJECT, CARE).getLeft());
        assertEquals(3, family.sessions().size());
    }

    @Test
    @DisplayName("AHT-6: a mentor has personal adoption or foster-parent experience and the preparatory training")
    void mentors() {
        FamilyServices family = FamilyServices.of(new CaseId("kask"), CarerKind.ADOPTIVE, County.HARJU);
        assertTrue(family.assignMentor(SupportServicesCases.mentor(), d("2018-03-05"), PROJECT).isRight());
        Mentor noExperience = new Mentor("m2", Option.none(), Option.some(new Training("mentor training", d("2017-01-01"))));
        Mentor untrained = new Mentor("m3", Option.some(CarerKind.ADOPTIVE), Option.none());
        assertInstanceOf(SupportServiceError.MentorNotQualified.class, family.assignMentor(noExperience, d("2018-03-05"), PROJECT).getLeft());
        assertInstanceOf(SupportServiceError.MentorNotQualified.class, family.assignMentor(untrained, d("2018-03-05"), PROJECT).getLeft());
    }

    @Test
    @DisplayName("AHT-7: a counselling group takes 6-12 people, meets 4 academic hours, 4-6 times a year, and closes once it has met")
    void groupCounselling() {
        CounsellingGroup group = CounsellingGroup.counselling(new CaseId("g-1"), CARE);
        for (int i = 1; i <= 5; i++) {
            group = orFail(group.join("family-" + i, d("2019-01-07"), PROJECT));
        }
        assertEquals(new SupportServiceError.GroupTooSmall(6), group.holdMeeting(d("2019-01-17"), 4, PROJECT).getLeft());
        for (int i = 6; i <= 12; i++) {
            group = orFail(group.join("family-" + i, d("2019-01-08"), PROJECT));
        }
        assertEquals(new SupportServiceError.GroupFull(12), group.join("family-13", d("2019-01-09"), PROJECT).getLeft(),
                "a booking for a thirteenth participant is refused");
        assertInstanceOf(SupportServiceError.MeetingNotAllowed.class, group.holdMeeting(d("2019-01-17"), 3, PROJECT).getLeft());
        assertEquals(4, group.meetingsStillDueIn(2019), "4-6 meetings a year");
        for (int month = 1; month <= 6; month++) {
            group = orFail(group.holdMeeting(LocalDate.of(2019, month, 20), 4, PROJECT));
        }
        assertEquals(0, group.meetingsStillDueIn(2019));
        assertInstanceOf(SupportServiceError.MeetingNotAllowed.class, group.holdMeeting(d("2019-09-20"), 4, PROJECT).getLeft(), "a seventh meeting in 2019");
        assertTrue(group.holdMeeting(d("2020-01-20"), 4, PROJECT).isRight(), "a new year");
        CounsellingGroup smaller = CounsellingGroup.counselling(new CaseId("g-2"), CARE);
        for (int i = 1; i <= 6; i++) {
            smaller = orFail(smaller.join("f-" + i, d("2019-01-07"), PROJECT));
        }
        smaller = orFail(smaller.holdMeeting(d("2019-01-17"), 4, PROJECT));
        assertInstanceOf(SupportServiceError.GroupClosed.class, smaller.join("f-7", d("2019-01-18"), PROJECT).getLeft());
    }

    @Test
    @DisplayName("AHT-7: group limits count people, not families: couples take two places each, all of them or none")
    void peopleNotFamilies() {
        CounsellingGroup group = CounsellingGroup.counselling(new CaseId("g-3"), CARE);
        for (int family = 1; family <= 3; family++) {
            group = orFail(group.join(List.of("family-" + family + " mother", "family-" + family + " father"), d("2019-01-07"), PROJECT));
        }
        assertEquals(6, group.participants().size());
        CounsellingGroup six = group;
        for (int family = 4; family <= 5; family++) {
            group = orFail(group.join(List.of("family-" + family + " mother", "family-" + family + " father"), d("2019-01-08"), PROJECT));
        }
        group = orFail(group.join("family-6 mother", d("2019-01-08"), PROJECT));
        assertEquals(new SupportServiceError.GroupFull(12), group.join(List.of("family-7 mother", "family-7 father"), d("2019-01-09"), PROJECT)
                .getLeft(), "eleven people and a couple make thirteen: neither joins");
        assertEquals(11, group.participants().size());
        assertTrue(six.holdMeeting(d("2019-01-17"), 4, PROJECT).isRight(), "three couples are six people: enough to meet");
    }

    @Test
    @DisplayName("AHT-7: a thematic support group meets once for at least 2 academic hours with no upper limit; a counselling meeting is 4 hours")
    void thematicGroupHasNoUpperLimit() {
        CounsellingGroup thematic = CounsellingGroup.thematic(new CaseId("t-3"), CARE);
        for (int i = 1; i <= 12; i++) {
            thematic = orFail(thematic.join("participant-" + i, d("2019-02-01"), PROJECT));
        }
        assertEquals(10, orFail(thematic.holdMeeting(d("2019-02-20"), 10, PROJECT)).meetings().get(0).academicHours(),
                "a ten-hour seminar day is allowed");
        assertEquals(0, CARE.thematicGroup().maxAcademicHours(), "the source states no upper limit");
    }

    @Test
    @DisplayName("AHT-7: a thematic support group meets once, at least 2 academic hours, with at least 12 people, network workers welcome")
    void thematicGroup() {
        CounsellingGroup thematic = CounsellingGroup.thematic(new CaseId("t-1"), CARE);
        for (int i = 1; i <= 11; i++) {
            thematic = orFail(thematic.join("participant-" + i, d("2019-02-01"), PROJECT));
        }
        assertEquals(new SupportServiceError.GroupTooSmall(12), thematic.holdMeeting(d("2019-02-20"), 2, PROJECT).getLeft());
        thematic = orFail(thematic.join("child protection worker", d("2019-02-02"), PROJECT));
        for (int i = 13; i <= 30; i++) {
            thematic = orFail(thematic.join("participant-" + i, d("2019-02-03"), PROJECT));
        }
        assertInstanceOf(SupportServiceError.MeetingNotAllowed.class, thematic.holdMeeting(d("2019-02-20"), 1, PROJECT).getLeft());
        CounsellingGroup held = orFail(thematic.holdMeeting(d("2019-02-20"), 3, PROJECT));
        assertInstanceOf(SupportServiceError.MeetingNotAllowed.class, held.holdMeeting(d("2019-03-20"), 3, PROJECT).getLeft(), "one-off");
    }

    @Test
    @DisplayName("AHT-8: a substitute home evaluates itself at least once every 3 years; the next evaluation is in the deadline watch")
    void internalEvaluation() {
        SubstituteHome home = new SubstituteHome(new CaseId("home-1"), List.of(d("2016-09-01")));
        assertEquals(d("2019-09-02"), home.nextEvaluationDeadline(CAL, CARE).dueDate(), "1 September 2019 is a Sunday");
        SubstituteHome evaluated = orFail(home.evaluated(d("2019-08-30")));
        assertEquals(d("2022-08-30"), evaluated.openObligations(CAL, CARE).get(0).deadline().dueDate());
        assertEquals("AHT-8", evaluated.openObligations(CAL, CARE).get(0).deadline().legalBasis().get().ruleId());
    }

    @Test
    @DisplayName("AHT-13: the project's services are funded by the ESF")
    void fundedByEsf() {
        assertEquals(FundingSource.EUROPEAN_SOCIAL_FUND, PROJECT.funding());
    }
}
