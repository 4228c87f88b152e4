package ee.hoolekanne.supportservices;

import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.money.Money;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.substitutecare.YouthSituation;
import ee.hoolekanne.domain.substitutecare.Proposer;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.domain.supportperson.CooperationAgreement;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.DiaryEntry;
import ee.hoolekanne.domain.supportperson.FundingSource;
import ee.hoolekanne.domain.supportperson.Language;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.Report;
import ee.hoolekanne.domain.supportperson.ServiceLanguage;
import ee.hoolekanne.domain.supportperson.SupportPersonKind;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ee.hoolekanne.testkit.gen.SocialHousingCases.orFail;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.CARE;
import static ee.hoolekanne.testkit.gen.SupportServicesCases.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support person for youth leaving substitute care, rule by rule. */
class YouthSupportTest {

    private static final EstonianCalendar CAL = EstonianCalendar.standard();
    private static final PersonalCode KAIA = PersonalCode.of(LocalDate.of(2001, 4, 4), Sex.FEMALE, 404);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static YouthSupport.WithProvider withProvider(County county, LocalDate leaving) {
        YouthSupport.NeedMarked need = orFail(YouthSupport.markNeed(new CaseId("y-1"), KAIA,
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), county, leaving, true, d("2019-01-14"), PROJECT));
        return orFail(need.passToProvider(SupportServicesCases.youthProviders(), d("2019-01-16"), PROJECT));
    }

    @Test
    @DisplayName("AHT-9: youth leaving substitute care or guardianship, or who became mothers in care, or left earlier and struggle; aftercare optional")
    void eligibility() {
        for (YouthSituation situation : YouthSituation.values()) {
            assertTrue(YouthSupport.markNeed(new CaseId("y"), KAIA, Set.of(situation), County.TARTU, d("2019-09-01"), false,
                    d("2019-02-01"), PROJECT).isRight(), situation.name());
        }
        assertInstanceOf(SupportServiceError.NotEligible.class, YouthSupport.markNeed(new CaseId("y"), KAIA, Set.of(), County.TARTU,
                d("2019-09-01"), false, d("2019-02-01"), PROJECT).getLeft());
    }

    @Test
    @DisplayName("AHT-10: a trusted support person starts only after the youth left care; a professional one up to 6 months before")
    void windows() {
        YouthSupport.WithProvider case1 = withProvider(County.TARTU, d("2019-09-01"));
        ProviderId elva = case1.provider();
        assertEquals(new SupportServiceError.BeforeWindow(d("2019-09-01")), case1.assign(SupportServicesCases.supportPerson("t",
                SupportPersonKind.TRUSTED, elva, Language.ESTONIAN), d("2019-08-31"), Option.none(), CARE, PROJECT).getLeft());
        assertTrue(case1.assign(SupportServicesCases.supportPerson("t", SupportPersonKind.TRUSTED, elva, Language.ESTONIAN),
                d("2019-09-01"), Option.none(), CARE, PROJECT).isRight());
        assertEquals(new SupportServiceError.BeforeWindow(d("2019-03-01")), case1.assign(SupportServicesCases.supportPerson("p",
                SupportPersonKind.PROFESSIONAL, elva, Language.ESTONIAN), d("2019-02-28"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT).getLeft());
        assertTrue(case1.assign(SupportServicesCases.supportPerson("p", SupportPersonKind.PROFESSIONAL, elva, Language.ESTONIAN),
                d("2019-03-01"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT).isRight());
    }

    @Test
    @DisplayName("AHT-10: a professional support person is proposed by the local government or the regional provider, and who did is recorded; a trusted one by nobody")
    void proposedBy() {
        YouthSupport.WithProvider case1 = withProvider(County.TARTU, d("2019-09-01"));
        ProviderId elva = case1.provider();
        assertInstanceOf(SupportServiceError.Invalid.class, case1.assign(SupportServicesCases.supportPerson("p", SupportPersonKind.PROFESSIONAL,
                elva, Language.ESTONIAN), d("2019-03-01"), Option.none(), CARE, PROJECT).getLeft());
        assertInstanceOf(SupportServiceError.Invalid.class, case1.assign(SupportServicesCases.supportPerson("t", SupportPersonKind.TRUSTED,
                elva, Language.ESTONIAN), d("2019-09-01"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT).getLeft());
        YouthSupport.Assigned byProvider = orFail(case1.assign(SupportServicesCases.supportPerson("p", SupportPersonKind.PROFESSIONAL,
                elva, Language.ESTONIAN), d("2019-03-01"), Option.some(Proposer.REGIONAL_PROVIDER), CARE, PROJECT));
        assertEquals(Option.some(Proposer.REGIONAL_PROVIDER), byProvider.proposedBy());
        YouthSupport.Cooperating cooperating = orFail(byProvider.signAgreement(new CooperationAgreement(d("2019-03-08"), List.of("school"),
                "weekly", "confidential", ServiceLanguage.of(Language.ESTONIAN)), PROJECT));
        assertEquals(Option.some(Proposer.REGIONAL_PROVIDER), cooperating.end(d("2019-12-01"), "copes").proposedBy(), "kept to the end");
    }

    @Test
    @DisplayName("AHT-11: the provider of the region where the youth lives now gets the case; the cooperation agreement states goals, principles and language")
    void flow() {
        YouthSupport.WithProvider fromIdaViruToTallinn = withProvider(County.HARJU, d("2019-09-01"));
        assertEquals(new ProviderId("suunatuli"), fromIdaViruToTallinn.provider());
        YouthSupport.Assigned assigned = orFail(fromIdaViruToTallinn.assign(SupportServicesCases.supportPerson("p",
                SupportPersonKind.PROFESSIONAL, fromIdaViruToTallinn.provider(), Language.RUSSIAN), d("2019-03-04"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT));
        CooperationAgreement agreement = new CooperationAgreement(d("2019-03-11"), List.of("finish school"), "weekly",
                "confidential unless danger", ServiceLanguage.of(Language.RUSSIAN));
        assertInstanceOf(SupportServiceError.Invalid.class, assigned.signAgreement(new CooperationAgreement(d("2019-03-01"),
                List.of("x"), "weekly", "confidential", ServiceLanguage.of(Language.RUSSIAN)), PROJECT).getLeft());
        YouthSupport.Cooperating cooperating = orFail(assigned.signAgreement(agreement, PROJECT));
        assertEquals(Language.RUSSIAN, cooperating.agreement().language().language());
        assertFalse(agreement.toString().contains("school"), "the agreement's content is personal data");
        assertInstanceOf(SupportServiceError.WrongSupportPerson.class, fromIdaViruToTallinn.assign(SupportServicesCases.supportPerson("q",
                SupportPersonKind.PROFESSIONAL, new ProviderId("elva-perekeskus"), Language.RUSSIAN), d("2019-03-04"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT).getLeft());
    }

    @Test
    @DisplayName("AHT-12: a diary is kept, reports go to the local government every 3 months, and the situation is assessed after a year")
    void reportsAndAssessment() {
        YouthSupport.Cooperating cooperating = (YouthSupport.Cooperating) SupportServicesCases.youthJourney(new CaseId("y-1"),
                County.TARTU, d("2019-09-01")).get(3);
        assertEquals(1, cooperating.diary().size());
        assertFalse(cooperating.diary().get(0).toString().contains("budget"));
        // agreement 2019-03-08; report 2019-06-01 -> next report due 2019-09-02 (1 September is a Sunday)
        assertEquals(d("2019-09-02"), cooperating.nextReportDeadline(CAL, CARE).dueDate());
        assertEquals(d("2020-03-09"), cooperating.assessmentDeadline(CAL, CARE).dueDate(), "8 March 2020 is a Sunday");
        List<String> watch = cooperating.openObligations(CAL, CARE).stream().map(o -> o.deadline().legalBasis().get().ruleId()).toList();
        assertEquals(List.of("AHT-12", "AHT-12"), watch);
        assertInstanceOf(SupportServiceError.Invalid.class, cooperating.assess(d("2019-10-01"), true, CAL, CARE).getLeft(), "not yet a year");
        YouthSupport.Cooperating continued = (YouthSupport.Cooperating) orFail(cooperating.assess(d("2020-03-06"), true, CAL, CARE));
        assertEquals(d("2021-03-08"), continued.assessmentDeadline(CAL, CARE).dueDate(), "yearly while it continues");
        assertInstanceOf(YouthSupport.Ended.class, orFail(cooperating.assess(d("2020-03-06"), false, CAL, CARE)));
        YouthSupport.Cooperating written = cooperating.writeDiary(new DiaryEntry(d("2019-07-01"), "found a summer job"));
        assertEquals(2, written.diary().size());
    }

    @Test
    @DisplayName("AHT-13: free for the local government, funded by the ESF")
    void free() {
        YouthSupport youth = SupportServicesCases.youthJourney(new CaseId("y-1"), County.TARTU, d("2019-09-01")).get(0);
        assertEquals(Money.ZERO, youth.costToLocalGovernment());
        assertEquals(FundingSource.EUROPEAN_SOCIAL_FUND, youth.funding());
    }

    @Test
    @DisplayName("AHT-10 AHT-11 AHT-12: a youth gets a professional support person 6 months before leaving care and is supported through the first year")
    void professionalSixMonthsBeforeScenario() {
        YouthSupport.NeedMarked need = orFail(YouthSupport.markNeed(new CaseId("2019-Y-3"), KAIA,
                Set.of(YouthSituation.LEAVING_SUBSTITUTE_CARE), County.VORU, d("2019-12-01"), true, d("2019-05-20"), PROJECT));
        YouthSupport.WithProvider provider = orFail(need.passToProvider(SupportServicesCases.youthProviders(), d("2019-05-22"), PROJECT));
        assertEquals(new ProviderId("elva-perekeskus"), provider.provider(), "Võru county is in the South region");
        YouthSupport.Assigned assigned = orFail(provider.assign(SupportServicesCases.supportPerson("sp-9", SupportPersonKind.PROFESSIONAL,
                provider.provider(), Language.ESTONIAN), d("2019-06-01"), Option.some(Proposer.LOCAL_GOVERNMENT), CARE, PROJECT));
        assertEquals(d("2019-06-01"), assigned.assignment().from(), "6 months before 1 December");
        YouthSupport.Cooperating cooperating = orFail(assigned.signAgreement(new CooperationAgreement(d("2019-06-05"),
                List.of("get to know each other", "plan moving out"), "meet every week", "confidential",
                ServiceLanguage.of(Language.ESTONIAN)), PROJECT));
        cooperating = orFail(cooperating.report(new Report(d("2019-09-05"), "preparing to leave care")));
        cooperating = orFail(cooperating.report(new Report(d("2019-12-05"), "moved into a rented room")));
        cooperating = orFail(cooperating.report(new Report(d("2020-03-05"), "copes with the budget")));
        assertEquals(d("2020-06-05"), cooperating.nextReportDeadline(CAL, CARE).dueDate());
        YouthSupport after = orFail(cooperating.assess(d("2020-06-05"), false, CAL, CARE));
        assertInstanceOf(YouthSupport.Ended.class, after);
    }
}
