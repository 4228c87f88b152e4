package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.justice.PrisonerSupport;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.substitutecare.YouthSupport;
import ee.hoolekanne.port.out.ApplicationRepository;
import ee.hoolekanne.port.out.PrisonerSupportRepository;
import ee.hoolekanne.port.out.ProtectionReferralRepository;
import ee.hoolekanne.port.out.ReleasedAccommodationRepository;
import ee.hoolekanne.port.out.RepositoryError;
import ee.hoolekanne.port.out.ResocializationRepository;
import ee.hoolekanne.port.out.YouthSupportRepository;
import ee.hoolekanne.testkit.gen.JusticeAndResocializationCases;
import ee.hoolekanne.testkit.gen.SupportServicesCases;
import io.vavr.control.Either;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.AuditSink;
import ee.hoolekanne.port.out.PersonalDataReport;
import ee.hoolekanne.port.out.SubjectAccess;
import ee.hoolekanne.testkit.gen.SocialHousingCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link SubjectAccess}: a person sees every case they are the applicant or a
 * family member of, and every use of their data; nobody else's.
 */
public abstract class SubjectAccessContract {

    /**
     * The ports over one fresh, empty store.
     *
     * @param cases            where social housing cases are saved
     * @param referrals        where protection referrals are saved
     * @param youth            where youth support cases are saved
     * @param prisoners        where prisoners' support cases are saved
     * @param stays            where released prisoners' accommodation stays are saved
     * @param resocializations where resocialization cases are saved
     * @param audit            where uses of data are recorded
     * @param access           the subject access under test
     */
    public record Store(ApplicationRepository cases, ProtectionReferralRepository referrals, YouthSupportRepository youth,
                        PrisonerSupportRepository prisoners, ReleasedAccommodationRepository stays,
                        ResocializationRepository resocializations, AuditSink audit, SubjectAccess access) {
    }

    /** A fresh, empty store. */
    protected abstract Store newStore();

    @Test
    @DisplayName("TSM-18: everything stored about a person, as applicant or family member, with the audit of their data")
    void everythingAboutAPerson() {
        Store store = newStore();
        SplittableRandom random = new SplittableRandom(18);
        List<Application> family = SocialHousingCases.journey(new CaseId("fam"), SocialHousingCases.family(random), LocalDate.of(2025, 12, 1));
        Application ended = family.get(family.size() - 1);
        Application other = SocialHousingCases.journey(new CaseId("other"), SocialHousingCases.single(random), LocalDate.of(2025, 12, 1)).get(1);
        store.cases().save(ended.id(), ended, 0).getOrElseThrow(e -> new AssertionError(e.message()));
        store.cases().save(other.id(), other, 0).getOrElseThrow(e -> new AssertionError(e.message()));
        PersonalCode applicant = ended.household().applicant();
        PersonalCode child = ended.household().members().get(ended.household().members().size() - 1);
        AuditRecord use = new AuditRecord(child, Instant.parse("2026-01-05T08:00:00Z"), "decide application", "Tartu", "TSM-9", "caseworker");
        store.audit().record(use);
        store.audit().record(new AuditRecord(other.household().applicant(), Instant.parse("2026-01-05T08:01:00Z"), "assess", "Tartu",
                "TSM-7", "caseworker"));

        PersonalDataReport forApplicant = store.access().everythingAbout(applicant).getOrElseThrow(e -> new AssertionError(e.message()));
        assertEquals(List.of(ended), forApplicant.cases());
        assertTrue(forApplicant.audit().isEmpty());
        PersonalDataReport forChild = store.access().everythingAbout(child).getOrElseThrow(e -> new AssertionError(e.message()));
        assertEquals(List.of(ended), forChild.cases(), "a family member sees the case too");
        assertEquals(List.of(use), forChild.audit());
        assertFalse(forChild.toString().contains(child.value()));
    }

    @Test
    @DisplayName("TSM-18: one call returns a person's cases of every service, in any state, as client, applicant or household "
            + "member, and nobody else's")
    void everythingAcrossEveryService() {
        Store store = newStore();
        LocalDate start = LocalDate.of(2026, 1, 5);
        List<ProtectionReferral> referral = SupportServicesCases.protectionJourney(new CaseId("rvk"), start);
        List<YouthSupport> youth = SupportServicesCases.youthJourney(new CaseId("aht"), County.HARJU, LocalDate.of(2019, 9, 1));
        List<PrisonerSupport> prisoner = JusticeAndResocializationCases.prisonerJourney(new CaseId("jus"), start);
        List<ReleasedAccommodation> stay = JusticeAndResocializationCases.accommodationJourney(new CaseId("stay"), start);
        List<Resocialization> resocialization = JusticeAndResocializationCases.pathway(new CaseId("res"), start);
        ProtectionReferral r = referral.getLast();
        YouthSupport y = youth.get(youth.size() / 2);
        PrisonerSupport p = prisoner.getFirst();
        ReleasedAccommodation a = stay.getLast();
        Resocialization s = resocialization.getLast();
        ok(store.referrals().save(r.id(), r, 0));
        ok(store.youth().save(y.id(), y, 0));
        ok(store.prisoners().save(p.id(), p, 0));
        ok(store.stays().save(a.id(), a, 0));
        ok(store.resocializations().save(s.id(), s, 0));
        Application stranger = SocialHousingCases.journey(new CaseId("sh"), SocialHousingCases.single(new SplittableRandom(4)),
                LocalDate.of(2025, 12, 1)).getLast();
        ok(store.cases().save(stranger.id(), stranger, 0));

        for (PersonalCode member : r.persons()) {
            PersonalDataReport report = ok(store.access().everythingAbout(member));
            assertEquals(List.of(r), report.protectionReferrals(), "a referred family member sees the referral");
            assertTrue(report.cases().isEmpty() && report.youthSupport().isEmpty() && report.prisonerSupport().isEmpty()
                    && report.releasedAccommodation().isEmpty() && report.resocialization().isEmpty());
        }
        assertEquals(List.of(y), ok(store.access().everythingAbout(y.youth())).youthSupport());
        assertEquals(List.of(p), ok(store.access().everythingAbout(p.prisoner())).prisonerSupport());
        assertEquals(List.of(a), ok(store.access().everythingAbout(a.person())).releasedAccommodation());
        for (PersonalCode member : s.persons()) {
            assertEquals(List.of(s), ok(store.access().everythingAbout(member)).resocialization());
        }
        PersonalDataReport strangers = ok(store.access().everythingAbout(stranger.household().applicant()));
        assertEquals(List.of(stranger), strangers.cases());
        assertTrue(strangers.protectionReferrals().isEmpty() && strangers.youthSupport().isEmpty()
                && strangers.prisonerSupport().isEmpty() && strangers.releasedAccommodation().isEmpty()
                && strangers.resocialization().isEmpty(), "nobody else's cases");
        assertEquals(List.of(y), ok(store.youth().casesAbout(y.youth())), "the repository finds the case by the person too");
    }

    private static <T> T ok(Either<? extends RepositoryError, T> result) {
        return result.getOrElseThrow(e -> new AssertionError(e.message()));
    }

    @Test
    @DisplayName("TSM-18: a person nothing is stored about gets an empty report")
    void nobody() {
        PersonalDataReport report = newStore().access().everythingAbout(PersonalCode.of(LocalDate.of(1950, 1, 1), Sex.FEMALE, 1))
                .getOrElseThrow(e -> new AssertionError(e.message()));
        assertTrue(report.isEmpty());
    }
}
