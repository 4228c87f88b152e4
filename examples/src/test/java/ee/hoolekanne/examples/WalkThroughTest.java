package ee.hoolekanne.examples;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command: the walk-through runs end to end and its JSON document reads back. */
class WalkThroughTest {

    @Test
    @DisplayName("TSM-8, TSM-18, RVK-4, RVK-5, RVK-6, AHT-5, AHT-6, AHT-7, AHT-8, AHT-10, JUS-5, RES-4, HMS-1, HMS-3: the walk-through runs every story, its morning list in JSON decodes, its case in JSON is redacted")
    void walkThrough() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Examples.walkThrough(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("REFUSED"), out);
        assertTrue(out.contains("2026-01-08"), out);
        assertTrue(out.contains("TSM-24"), out);
        assertTrue(out.contains("2026-01-07 moves in (TSM-14) -> InService"), out);
        assertTrue(out.contains("the relay sent 1 notification(s) from the outbox, written with the decision: "
                + "[social-housing/2025-SH-101/decision/K-2025-77]"), "X-1: the decision's notice through the outbox");
        assertTrue(out.contains("2026-01 48.39 EUR: 30 % of 200.00 EUR = 60.00 EUR x 25/31 days"), out);
        assertTrue(out.contains("draw up the action plan by 2026-02-05 (TSM-16)"), out);
        assertTrue(out.contains("assign a support person by 2025-12-31 (RVK-5; skips 2025-12-24 Christmas Eve, 2025-12-25 Christmas Day"), out);
        assertTrue(out.contains("a professional support person may start from 2019-06-01"), out);
        assertTrue(out.contains("a professional one on 2019-05-01: refused: "), out);
        assertTrue(out.contains("PersonalCode[***********]"), out);
        assertFalse(out.contains("37605030299"), "the personal code is never printed");
        assertTrue(out.contains("2026-01-07 three-party meeting -> Active"), "the RVK story runs through its use cases to the active service");
        assertTrue(out.contains("committee decision by 2026-01-02 (TSM-8; skips 2025-12-24 Christmas Eve"), "a deadline shows the holidays it skipped");
        assertTrue(out.contains("Applied -> InShelter -> InSocialHousingUnit -> InDormitory -> InIndependentLife"), "resocialization by its use cases");
        assertTrue(out.contains("admitted 2026-06-15, until 2026-12-15"), "JUS-5: six months from the day after admission");
        assertTrue(out.contains("2026-ACC-4: the accommodation ends unless extended by 2026-12-15 (JUS-5)"), "the stay's end on the morning list");
        assertTrue(out.contains("extended until 2027-02-15 (JUS-5)"), "the justice story by its use cases");
        assertTrue(out.contains("2025-RVK-5: answer information request 1 by 2026-03-02 (RVK-6"), "RVK-6 through its use case, on the morning list");
        String lastList = out.substring(out.indexOf("== Every service's cases on one morning list"));
        assertTrue(lastList.contains("2025-SH-101") && lastList.contains("2025-RVK-5: the referral ends by 2026-12-17 (RVK-4)"),
                "one query lists the cases of several services");
        assertTrue(out.contains("and on 2019-06-01: Assigned, proposed by the local government (AHT-10)"), "the youth story by its use cases");
        assertTrue(out.contains("assigned, flagged: seven months before release is outside the main target group (JUS-1), not refused"),
                "JUS-1: an early start is allowed and flagged");
        assertTrue(out.contains("subject access (TSM-18): PersonalDataReport[1 social housing cases"), "the subject-access export");
        String document = out.lines().filter(l -> l.contains("\"type\":\"deadline-watch\"")).findFirst().orElseThrow().strip();
        assertTrue(HoolekanneJson.standard().decode(DocumentType.DEADLINE_WATCH, document).isRight(), document);
        String caseDocument = out.lines().filter(l -> l.contains("\"type\":\"social-housing-case\"")).findFirst().orElseThrow();
        assertTrue(caseDocument.contains("\"applicant\":\"***********\""), "the printed case is redacted");
        String applicant = ee.hoolekanne.domain.person.PersonalCode.of(java.time.LocalDate.of(1961, 1, 20),
                ee.hoolekanne.domain.person.Sex.MALE, 52).value();
        assertFalse(caseDocument.contains(applicant) || caseDocument.matches(".*\"[1-6][0-9]{10}\".*"), "no personal code in the printed case");
        // AHT-4 .. AHT-8: the substitute-care families' story
        assertTrue(out.contains("psychological session on 2019-04-01: booked with oma-pere (AHT-4, AHT-5)"), out);
        assertTrue(out.contains("psychological session on 2019-05-06: refused: the quota of 3 is used up"), "AHT-5: three sessions");
        assertTrue(out.contains("a mentor with foster-parent experience: assigned (AHT-6)"), out);
        assertTrue(out.contains("a meeting of 3 academic hours: refused") && out.contains("of 4: held (AHT-7)"), out);
        assertTrue(out.contains("2016-HOME-2: internal evaluation of the substitute home by 2019-03-01 (AHT-8)"), "AHT-8 on the morning list");
        // HMS-1, HMS-3: the Tartu story's letters in Estonian and the protection referral's in Russian, written and printed
        List<java.nio.file.Path> letters = out.lines().filter(l -> l.strip().startsWith("letter (")).map(l -> java.nio.file.Path.of(
                l.substring(l.indexOf("): ") + 3).strip())).toList();
        assertTrue(out.contains("letter (et, DECISION)") && out.contains("letter (et, REMEDY_REQUEST)") && out.contains("letter (ru, DECISION)"),
                out);
        assertTrue(out.contains("2026-SH-7: applicant to remedy the application by 2026-01-27 (HMS-1)"), "HMS-1 on the morning list");
        assertTrue(out.contains("2026-01-28 left unprocessed after the term (HMS-1, HMS-2, HMS-5) -> Refused"), out);
        assertTrue(letters.size() >= 5, letters.toString());
        for (java.nio.file.Path letter : letters) {
            assertTrue(java.nio.file.Files.isRegularFile(letter), letter + " was written");
            assertFalse(letter.getFileName().toString().matches(".*[1-6][0-9]{10}.*"), "no personal code in " + letter);
            try {
                byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(letter), 5);
                assertTrue(new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), letter + " is a PDF");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
