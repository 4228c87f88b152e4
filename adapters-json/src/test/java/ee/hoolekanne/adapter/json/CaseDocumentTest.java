package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.socialhousing.Application;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The social housing case document refuses what its state cannot hold, and its schema says the
 * same: the schemas are not vacuous.
 */
class CaseDocumentTest {

    private final HoolekanneJson json = HoolekanneJson.standard();

    private static String golden(String state) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden/social-housing-case-" + state + ".v1.json")).strip();
    }

    private DecodingError refused(String document) {
        Either<DecodingError, Application> result = json.decode(DocumentType.SOCIAL_HOUSING_CASE, document);
        assertTrue(result.isLeft(), () -> "accepted: " + document);
        return result.getLeft();
    }

    @Test
    @DisplayName("TSM-9: a field of another state is refused by the decoder and by the schema")
    void fieldOfAnotherState() throws IOException {
        String granted = golden("Granted").replace("\"state\":\"Granted\"", "\"state\":\"Granted\",\"completedOn\":\"2026-03-02\"");
        assertEquals(new DecodingError.Invalid("/application/completedOn", "not a field of a Granted case"), refused(granted));
        assertFalse(Schemas.violations(DocumentType.SOCIAL_HOUSING_CASE, granted).isEmpty());
    }

    @Test
    @DisplayName("TSM-9: a state's decision must be one its history records")
    void decisionFromTheHistory() throws IOException {
        String granted = golden("Granted");
        String other = granted.replace("\"decisionId\":\"G-sh-2026\"", "\"decisionId\":\"G-elsewhere\"");
        assertEquals(new DecodingError.Invalid("/application/decisionId", "no decision with this id in the history"), refused(other));
    }

    @Test
    @DisplayName("TSM-4: money has exactly two decimals, months are yyyy-mm; the schema agrees")
    void moneyAndMonths() throws IOException {
        String inService = golden("journey-InService");
        String threeDecimals = inService.replaceFirst("\"amount\":\"([0-9]+)\\.([0-9]{2})\"", "\"amount\":\"$1.$20\"");
        assertTrue(refused(threeDecimals).path().endsWith("/amount"));
        assertFalse(Schemas.violations(DocumentType.SOCIAL_HOUSING_CASE, threeDecimals).isEmpty());
        String numeric = inService.replaceFirst("\"amount\":\"([0-9]+\\.[0-9]{2})\"", "\"amount\":$1");
        assertTrue(refused(numeric).path().endsWith("/amount"));
        String badMonth = inService.replaceFirst("\"month\":\"([0-9]{4})-[0-9]{2}\"", "\"month\":\"$1-13\"");
        assertTrue(refused(badMonth).path().endsWith("/month"));
    }

    @Test
    @DisplayName("TSM-16: a goal without activities is refused where it stands, as the domain refuses it")
    void actionPlanGoals() throws IOException {
        String inService = golden("InService");
        String noActivities = inService.replaceFirst("\"activities\":\\[\\{[^]]*\\}\\]", "\"activities\":[]");
        assertTrue(refused(noActivities).path().startsWith("/application/actionPlan"), refused(noActivities).message());
    }

    @Test
    @DisplayName("every schema refuses an unknown field and a wrong type tag, so none is vacuous")
    void schemasAreNotVacuous() throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path file : files.toList()) {
                String document = Files.readString(file).strip();
                DocumentType<?> type = DocumentType.ALL.stream().filter(t -> document.startsWith("{\"type\":\"" + t.name() + "\""))
                        .findFirst().orElseThrow();
                String name = file.getFileName().toString();
                int version = Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2, name.length() - ".json".length()));
                assertEquals(java.util.List.of(), Schemas.violations(type, version, document), file.toString());
                assertFalse(Schemas.violations(type, version, document.replaceFirst("\\{\"type\"", "{\"colour\":1,\"type\"")).isEmpty(), file.toString());
                assertFalse(Schemas.violations(type, version, document.replaceFirst("\"type\":\"[a-z-]+\"", "\"type\":\"other\"")).isEmpty());
            }
        }
    }

    @Test
    @DisplayName("TSM-18: an error inside a part of a subject-access report is reported at its place in the report")
    void reportPaths() throws IOException {
        String report = Files.readString(Path.of("src/test/resources/golden/personal-data-report.v1.json")).strip();
        assertTrue(report.contains("\"unit\":"), "the golden report holds a case with a unit");
        String broken = report.replaceFirst("\"submittedOn\":\"[0-9-]+\"", "\"submittedOn\":\"2026-02-30\"");
        DecodingError error = json.decode(DocumentType.PERSONAL_DATA_REPORT, broken).getLeft();
        assertEquals(new DecodingError.Invalid("/personalDataReport/socialHousingCases/0/submittedOn", "not an ISO date (yyyy-mm-dd)"), error);
    }

    @Test
    @DisplayName("RES-10: a statement whose total is not the sum of its lines is refused at the total")
    void statementTotal() {
        String text = "{\"type\":\"monthly-statement\",\"schemaVersion\":1,\"statement\":{\"month\":\"2026-01\","
                + "\"lines\":[{\"description\":\"bed place\",\"amount\":\"45.00\"},{\"description\":\"laundry\",\"amount\":\"2.50\"}],"
                + "\"total\":\"%s\"}}";
        assertTrue(json.decode(DocumentType.MONTHLY_STATEMENT, text.formatted("47.50")).isRight());
        assertEquals("/statement/total", json.decode(DocumentType.MONTHLY_STATEMENT, text.formatted("50.00")).getLeft().path());
        assertFalse(Schemas.violations(DocumentType.MONTHLY_STATEMENT, text.formatted("47.5")).isEmpty());
    }

    @Test
    @DisplayName("TSM-18: the subject-access report's schema embeds each case's definition exactly as its own document type's current schema has it")
    void reportEmbedsTheCaseSchemas() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode report = mapper.readTree(HoolekanneJson.class.getResourceAsStream(
                DocumentType.PERSONAL_DATA_REPORT.schemaResource())).get("$defs");
        java.util.Map<String, DocumentType<?>> embedded = java.util.Map.of("application", DocumentType.SOCIAL_HOUSING_CASE,
                "referral", DocumentType.PROTECTION_REFERRAL, "youthSupport", DocumentType.YOUTH_SUPPORT,
                "prisonerSupport", DocumentType.PRISONER_SUPPORT, "stay", DocumentType.ACCOMMODATION_STAY,
                "resocialization", DocumentType.RESOCIALIZATION);
        for (java.util.Map.Entry<String, DocumentType<?>> e : embedded.entrySet()) {
            com.fasterxml.jackson.databind.JsonNode own = mapper.readTree(HoolekanneJson.class.getResourceAsStream(e.getValue().schemaResource()))
                    .get("$defs").get(e.getKey());
            assertEquals(own, report.get(e.getKey()), "the report's " + e.getKey() + " is the " + e.getValue() + " schema's");
        }
    }
}
