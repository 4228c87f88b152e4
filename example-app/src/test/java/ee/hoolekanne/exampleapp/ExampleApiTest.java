package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.domain.socialhousing.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example application's HTTP API, as a caseworker's client uses it: a Tartu social housing case
 * from application to contract, every refusal a problem (RFC 9457) with the typed error's code and
 * no personal data, the case as the JSON adapter's document, its letters as PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1", "example.demo-data=false"})
class ExampleApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ExamplePorts.Register register;

    @Autowired
    private ee.hoolekanne.adapter.jdbc.JdbcAdapters jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @DisplayName("TSM-6 .. TSM-13, TSM-18, HMS-2, HMS-6: submit, assess, a decision refused without facts, decided, delivered, signed; the case as JSON; its letter as PDF")
    void caseworkersActs() throws Exception {
        PersonalCode applicant = PersonalCode.of(LocalDate.of(1961, 1, 20), Sex.MALE, 52);
        register.register(applicant, "Jaan Tamm", java.util.List.of("Pikk 1", "50603 Tartu"), "Tartu linn", io.vavr.control.Option.none());
        jdbc.housingStocks().save("tartu-shelter", ee.hoolekanne.domain.housing.HousingStock.empty("tartu-shelter")
                .withUnit(ee.hoolekanne.domain.housing.HousingUnit.bedPlace("bed-1", "Pikk 1", "tuba 1")).get(), 0);
        String base = "/api/social-housing/cases/SH-T-1";
        HttpResponse<String> submitted = post(base, """
                {"applicant":"%s","contactData":"+372 5555 0000","supportNetwork":"õde","residenceOrStay":"Tartu",
                 "monthlyIncome":"310.00","assets":"puudub","socialCoping":"vajab tuge","supportingDocuments":["tõend"],
                 "submittedOn":"2026-03-02"}""".formatted(applicant.value()));
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("\"state\":\"Complete\""), submitted.body());
        assertEquals(200, post(base + "/assessment", """
                {"assessedOn":"2026-03-03","specialist":"Annelinna spetsialist","proposesGrant":true}""").statusCode());

        HttpResponse<String> noFacts = post(base + "/decision", """
                {"decisionId":"K-1","madeOn":"2026-03-04","signer":"Kati Kask","outcome":"GRANT","unit":"bed-1","serviceEnd":"2026-08-31"}""");
        assertEquals(422, noFacts.statusCode(), noFacts.body());
        assertTrue(noFacts.body().contains("\"code\":\"DefectiveDecision\""), noFacts.body());
        assertTrue(noFacts.body().contains("HMS-2"), noFacts.body());
        assertFalse(noFacts.body().contains(applicant.value()), "no personal code in a problem");

        HttpResponse<String> granted = post(base + "/decision", """
                {"decisionId":"K-1","madeOn":"2026-03-04","signer":"Kati Kask","outcome":"GRANT","unit":"bed-1","serviceEnd":"2026-08-31",
                 "facts":["Taotlejal puudub eluruum."]}""");
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(200, post(base + "/delivery", """
                {"method":"IN_PERSON","at":"2026-03-05T10:00:00Z"}""").statusCode());
        HttpResponse<String> signed = post(base + "/contract", """
                {"number":"V-1","provider":"VARJUPAIK","signedOn":"2026-03-09","startDate":"2026-03-09","endDate":"2026-08-31"}""");
        assertEquals(200, signed.statusCode(), signed.body());
        Application app = HoolekanneJson.standard().decode(DocumentType.SOCIAL_HOUSING_CASE,
                new String(get(base).body(), java.nio.charset.StandardCharsets.UTF_8)).get();
        assertEquals("Contracted", app.state());
        assertTrue(jdbc.subjectAccess().everythingAbout(applicant).get().audit().stream()
                .anyMatch(r -> r.action().startsWith("read the case") && r.user().equals("caseworker-1")), "TSM-18: reading the case is audited");
        assertEquals("Kati Kask", app.decisions().get(0).madeBy().signer().get());

        HttpResponse<byte[]> pdf = get(base + "/letters/0.pdf?lang=ru");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(java.util.Arrays.copyOf(pdf.body(), 5), java.nio.charset.StandardCharsets.US_ASCII));
        assertFalse(pdf.headers().firstValue("Content-Disposition").orElse("").contains(applicant.value()));
        assertEquals(404, get(base + "/letters/9.pdf").statusCode());
    }

    @Test
    @DisplayName("X-4, ID-4: a body that is not JSON, an invalid personal code, an unknown case: problems that repeat nothing of the input")
    void problems() throws Exception {
        HttpResponse<String> broken = post("/api/social-housing/cases/SH-T-2", "{\"applicant\": \"38001010000\", oops");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("\"code\":\"UnreadableBody\""), broken.body());
        assertFalse(broken.body().contains("38001010000"), broken.body());
        HttpResponse<String> invalid = post("/api/social-housing/cases/SH-T-2", "{\"applicant\": \"38001010001\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("InvalidPersonalCode") && !invalid.body().contains("38001010001"), invalid.body());
        HttpResponse<byte[]> missing = get("/api/resocialization/cases/RES-NONE");
        assertEquals(404, missing.statusCode());
        assertTrue(new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"code\":\"NotFound\""));
    }
}
