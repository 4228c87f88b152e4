package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.testkit.gen.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The redacting encoder, for logs and third parties: no personal code leaves it. */
class RedactionTest {

    private final HoolekanneJson redacting = HoolekanneJson.standard().redacting();

    @Test
    @DisplayName("ID-3, TSM-18: a redacted household holds no personal code, is valid under its schema, and does not decode")
    void redactedHousehold() {
        Property.forAll("redacted households", 300, Samples::household, (Household household) -> {
            String text = redacting.encode(DocumentType.HOUSEHOLD, household);
            for (PersonalCode code : household.everyone()) {
                assertFalse(text.contains(code.value()), "a personal code in a redacted document");
            }
            assertEquals(household.size(), text.split("\\*{11}", -1).length - 1, "each person is masked");
            assertEquals(List.of(), Schemas.violations(DocumentType.HOUSEHOLD, text));
            DecodingError error = redacting.decode(DocumentType.HOUSEHOLD, text).getLeft();
            assertEquals("/household/applicant", error.path());
            assertTrue(error.problem().startsWith("redacted"), error.problem());
        });
    }

    @Test
    @DisplayName("the plain encoder keeps the codes, and a JSON-file repository refuses a redacting encoder")
    void plainKeepsCodes() {
        Household household = Samples.household(new java.util.SplittableRandom(9));
        assertTrue(HoolekanneJson.standard().encode(DocumentType.HOUSEHOLD, household).contains(household.applicant().value()));
        assertTrue(redacting.isRedacting());
        assertThrows(IllegalArgumentException.class, () -> JsonFileRepositories.in(java.nio.file.Path.of("target"), redacting));
    }

    @Test
    @DisplayName("ID-3, TSM-18: a redacted social housing case holds no personal code and no health field, is valid under its schema, and does not decode")
    void redactedCase() {
        Property.forAll("redacted cases", 300, Samples::application, app -> {
            String text = redacting.encode(DocumentType.SOCIAL_HOUSING_CASE, app);
            for (PersonalCode code : app.household().everyone()) {
                assertFalse(text.contains(code.value()), "a personal code in a redacted document");
            }
            assertFalse(text.contains("infectionCertificate"), "health flags in a redacted document");
            app.form().socialCoping().forEach(coping -> assertFalse(text.contains("\"socialCoping\":\"" + coping), "coping text"));
            assertEquals(List.of(), Schemas.violations(DocumentType.SOCIAL_HOUSING_CASE, text));
            assertTrue(redacting.decode(DocumentType.SOCIAL_HOUSING_CASE, text).getLeft().problem().startsWith("redacted"));
        });
    }

    @Test
    @DisplayName("RVK-1, TSM-18: a redacted protection referral holds no personal code of the client or family and does not decode")
    void redactedReferral() {
        Property.forAll("redacted referrals", 200, Samples::protectionReferral, referral -> {
            String text = redacting.encode(DocumentType.PROTECTION_REFERRAL, referral);
            for (PersonalCode code : referral.client().everyone()) {
                assertFalse(text.contains(code.value()), "a personal code in a redacted document");
            }
            assertEquals(List.of(), Schemas.violations(DocumentType.PROTECTION_REFERRAL, text));
            assertTrue(redacting.decode(DocumentType.PROTECTION_REFERRAL, text).getLeft().problem().startsWith("redacted"));
        });
    }

    @Test
    @DisplayName("AHT-9, TSM-18: a redacted youth support case holds no personal code and does not decode")
    void redactedYouth() {
        Property.forAll("redacted youth cases", 200, Samples::youthSupport, youth -> {
            String text = redacting.encode(DocumentType.YOUTH_SUPPORT, youth);
            assertFalse(text.contains(youth.youth().value()), "a personal code in a redacted document");
            assertEquals(List.of(), Schemas.violations(DocumentType.YOUTH_SUPPORT, text));
            assertTrue(redacting.decode(DocumentType.YOUTH_SUPPORT, text).getLeft().problem().startsWith("redacted"));
        });
    }

    @Test
    @DisplayName("JUS-1, JUS-3, TSM-18: redacted justice documents hold no personal code and do not decode")
    void redactedJustice() {
        Property.forAll("redacted prisoner support", 100, Samples::prisonerSupport, p -> {
            String text = redacting.encode(DocumentType.PRISONER_SUPPORT, p);
            assertFalse(text.contains(p.prisoner().value()));
            assertEquals(List.of(), Schemas.violations(DocumentType.PRISONER_SUPPORT, text));
            assertTrue(redacting.decode(DocumentType.PRISONER_SUPPORT, text).getLeft().problem().startsWith("redacted"));
        });
        Property.forAll("redacted stays", 100, Samples::accommodationStay, a -> {
            String text = redacting.encode(DocumentType.ACCOMMODATION_STAY, a);
            assertFalse(text.contains(a.person().value()));
            assertEquals(List.of(), Schemas.violations(DocumentType.ACCOMMODATION_STAY, text));
            assertTrue(redacting.decode(DocumentType.ACCOMMODATION_STAY, text).getLeft().problem().startsWith("redacted"));
        });
    }

    @Test
    @DisplayName("RES-7, TSM-18: a redacted resocialization case holds no personal code, name or reason text, and does not decode")
    void redactedResocialization() {
        Property.forAll("redacted resocialization cases", 200, Samples::resocialization, r -> {
            String text = redacting.encode(DocumentType.RESOCIALIZATION, r);
            for (PersonalCode code : r.persons()) {
                assertFalse(text.contains(code.value()), "a personal code in a redacted document");
            }
            r.form().name().forEach(name -> assertFalse(text.contains(name), "a name in a redacted document"));
            assertEquals(List.of(), Schemas.violations(DocumentType.RESOCIALIZATION, text));
            assertTrue(redacting.decode(DocumentType.RESOCIALIZATION, text).getLeft().problem().startsWith("redacted"));
        });
    }

    @Test
    @DisplayName("TSM-18: a redacted subject-access report holds none of the person's or their families' codes and does not decode")
    void redactedReport() {
        Property.forAll("redacted reports", 100, Samples::report, report -> {
            String text = redacting.encode(DocumentType.PERSONAL_DATA_REPORT, report);
            assertFalse(text.matches("(?s).*\"[1-6][0-9]{10}\".*"), "a personal code in a redacted report");
            assertEquals(List.of(), Schemas.violations(DocumentType.PERSONAL_DATA_REPORT, text));
            assertTrue(redacting.decode(DocumentType.PERSONAL_DATA_REPORT, text).getLeft().problem().startsWith("redacted"));
        });
    }
}
