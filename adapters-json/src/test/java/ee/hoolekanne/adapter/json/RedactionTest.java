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
        assertThrows(IllegalArgumentException.class, () -> JsonFileRepositories.open(java.nio.file.Path.of("target"), redacting));
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
    @DisplayName("RVK-1, AHT-9, JUS-1, JUS-3, RES-7, TSM-18: redacted cases of every service hold no personal code of anyone in them and do not decode")
    void redactedCasesOfEveryService() {
        assertRedacted(DocumentType.PROTECTION_REFERRAL, Samples::protectionReferral, r -> r.client().everyone());
        assertRedacted(DocumentType.YOUTH_SUPPORT, Samples::youthSupport, y -> List.of(y.youth()));
        assertRedacted(DocumentType.PRISONER_SUPPORT, Samples::prisonerSupport, p -> List.of(p.prisoner()));
        assertRedacted(DocumentType.ACCOMMODATION_STAY, Samples::accommodationStay, a -> List.of(a.person()));
        assertRedacted(DocumentType.RESOCIALIZATION, Samples::resocialization, r -> {
            r.form().name().forEach(name -> assertFalse(redacting.encode(DocumentType.RESOCIALIZATION, r).contains(name), "a name"));
            return r.persons();
        });
    }

    /** Redacted documents of {@code type} hold none of the codes, validate against the schema, and do not decode. */
    private <T> void assertRedacted(DocumentType<T> type, java.util.function.Function<java.util.SplittableRandom, T> generator,
                                    java.util.function.Function<T, List<PersonalCode>> persons) {
        Property.forAll("redacted " + type, 100, generator, value -> {
            String text = redacting.encode(type, value);
            for (PersonalCode code : persons.apply(value)) {
                assertFalse(text.contains(code.value()), "a personal code in a redacted document");
            }
            assertEquals(List.of(), Schemas.violations(type, text));
            assertTrue(redacting.decode(type, text).getLeft().problem().startsWith("redacted"));
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
