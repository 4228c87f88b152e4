package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.port.out.ApplicationRepository;
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
     * The three ports over one fresh, empty store.
     *
     * @param cases  where cases are saved
     * @param audit  where uses of data are recorded
     * @param access the subject access under test
     */
    public record Store(ApplicationRepository cases, AuditSink audit, SubjectAccess access) {
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
    @DisplayName("TSM-18: a person nothing is stored about gets an empty report")
    void nobody() {
        PersonalDataReport report = newStore().access().everythingAbout(PersonalCode.of(LocalDate.of(1950, 1, 1), Sex.FEMALE, 1))
                .getOrElseThrow(e -> new AssertionError(e.message()));
        assertTrue(report.cases().isEmpty() && report.audit().isEmpty());
    }
}
