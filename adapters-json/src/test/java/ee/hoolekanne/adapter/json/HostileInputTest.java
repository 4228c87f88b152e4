package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.household.Household;
import ee.hoolekanne.domain.person.PersonalCode;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gives its typed error at the right JSON path, quoting nothing from the document. */
class HostileInputTest {

    private final HoolekanneJson json = HoolekanneJson.standard();
    private final String deadline = json.encode(DocumentType.DEADLINE,
            Samples.CALENDAR.deadline(LocalDate.of(2026, 12, 18), Term.workingDays(10)));

    private DecodingError refused(String document) {
        Either<DecodingError, ?> result = json.decode(DocumentType.DEADLINE, document);
        assertTrue(result.isLeft(), () -> "accepted: " + document);
        return result.getLeft();
    }

    @Test
    @DisplayName("not JSON, invalid UTF-8, a duplicate key, content after the document: Malformed")
    void malformed() {
        assertInstanceOf(DecodingError.Malformed.class, refused("{\"type\":"));
        assertInstanceOf(DecodingError.Malformed.class, refused(""));
        assertInstanceOf(DecodingError.Malformed.class, refused(deadline.replace("{\"type\"", "{\"type\":\"deadline\",\"type\"")));
        assertInstanceOf(DecodingError.Malformed.class, refused(deadline + " {}"));
        byte[] bytes = deadline.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xC3; // a lone lead byte
        bytes[bytes.length / 2 + 1] = (byte) 0x28;
        Either<DecodingError, ?> utf8 = json.decode(DocumentType.DEADLINE, bytes);
        assertInstanceOf(DecodingError.Malformed.class, utf8.getLeft());
        assertEquals("the document: no document", json.decode(DocumentType.DEADLINE, (String) null).getLeft().message());
    }

    @Test
    @DisplayName("deep nesting, a huge string, a huge number, a huge document: refused by the reader's limits")
    void limits() {
        String deep = "[".repeat(HoolekanneJson.MAX_DEPTH + 5) + "]".repeat(HoolekanneJson.MAX_DEPTH + 5);
        // the binder stops at the first token that cannot be the field's type, before going deep
        assertEquals(new DecodingError.Invalid("/deadline/skippedDays/0", "wrong JSON type: expected an object"),
                refused(deadline.replaceFirst("\"skippedDays\":\\[", "\"skippedDays\":[" + deep + ",")));
        // and a reader of whole trees (the file store's envelope) stops at the depth limit
        IOException tooDeep = assertThrows(IOException.class, () -> HoolekanneJson.tree(("{\"a\":" + deep + "}").getBytes(StandardCharsets.UTF_8)));
        assertInstanceOf(DecodingError.Malformed.class, HoolekanneJson.error(tooDeep));
        assertInstanceOf(DecodingError.Malformed.class,
                refused(deadline.replace("\"trigger\":\"2026-12-18\"", "\"trigger\":\"" + "a".repeat(HoolekanneJson.MAX_STRING + 1) + "\"")));
        DecodingError number = refused(deadline.replace("\"amount\":10", "\"amount\":1" + "0".repeat(400)));
        assertInstanceOf(DecodingError.Malformed.class, number);
        DecodingError big = json.decode(DocumentType.DEADLINE, " ".repeat(HoolekanneJson.MAX_DOCUMENT_CHARS + 1)).getLeft();
        assertInstanceOf(DecodingError.Malformed.class, big);
    }

    @Test
    @DisplayName("unknown, missing and mistyped fields: Invalid at their JSON Pointer")
    void fields() {
        assertEquals(new DecodingError.Invalid("/deadline/colour", "unknown field"),
                refused(deadline.replace("\"trigger\"", "\"colour\":\"red\",\"trigger\"")));
        assertEquals(new DecodingError.Invalid("/deadline/trigger", "missing"),
                refused(deadline.replaceFirst("\"trigger\":\"[^\"]*\",", "")));
        assertEquals("/deadline/term/amount", refused(deadline.replace("\"amount\":10", "\"amount\":\"10\"")).path());
        assertEquals("/deadline/term/amount", refused(deadline.replace("\"amount\":10", "\"amount\":10.5")).path());
        assertEquals("/deadline/term/amount", refused(deadline.replace("\"amount\":10", "\"amount\":true")).path());
        assertEquals("/deadline/trigger", refused(deadline.replace("\"trigger\":\"2026-12-18\"", "\"trigger\":20261218")).path());
        assertEquals(new DecodingError.Invalid("/deadline/skippedDays", "wrong JSON type: expected an array"),
                refused(deadline.replaceFirst("\"skippedDays\":\\[[^\\]]*\\]", "\"skippedDays\":\"none\"")));
        assertEquals("/deadline/term/amount", refused(deadline.replace("\"amount\":10", "\"amount\":99999999999")).path());
    }

    @Test
    @DisplayName("CAL-8: an impossible date, an unknown unit, a due date that does not follow from the term: Invalid")
    void values() {
        assertEquals(new DecodingError.Invalid("/deadline/trigger", "not an ISO date (yyyy-mm-dd)"),
                refused(deadline.replace("2026-12-18", "2026-02-30")));
        assertEquals("/deadline/term/unit", refused(deadline.replace("WORKING_DAYS", "FORTNIGHTS")).path());
        assertEquals("/deadline/term", refused(deadline.replace("\"amount\":10", "\"amount\":0")).path());
        String due = Samples.CALENDAR.deadline(LocalDate.of(2026, 12, 18), Term.workingDays(10)).dueDate().toString();
        assertEquals(new DecodingError.Invalid("/deadline/dueDate", "does not follow from the trigger and term on the Estonian calendar"),
                refused(deadline.replace("\"dueDate\":\"" + due + "\"", "\"dueDate\":\"2027-01-01\"")));
    }

    @Test
    @DisplayName("another document type or a newer schema version: Unsupported")
    void unsupported() {
        assertEquals("/type", refused(deadline.replace("\"type\":\"deadline\"", "\"type\":\"household\"")).path());
        int current = DocumentType.DEADLINE.schemaVersion();
        assertInstanceOf(DecodingError.Unsupported.class, refused(deadline.replace("\"schemaVersion\":" + current,
                "\"schemaVersion\":" + (current + 1))));
        assertEquals(new DecodingError.Invalid("/schemaVersion", "missing"), refused(deadline.replace("\"schemaVersion\":" + current + ",", "")));
    }

    @Test
    @DisplayName("ID-3: an invalid personal code is refused at its path, and no error quotes a personal code")
    void personalCodes() {
        Household household = Samples.household(new SplittableRandom(3));
        String text = json.encode(DocumentType.HOUSEHOLD, household);
        String code = household.applicant().value();
        String wrongCheckDigit = code.substring(0, 10) + ((code.charAt(10) - '0' + 1) % 10);
        DecodingError error = json.decode(DocumentType.HOUSEHOLD, text.replace(code, wrongCheckDigit)).getLeft();
        assertEquals("/household/applicant", error.path());
        assertFalse(error.message().contains(wrongCheckDigit) || error.message().contains(code), error.message());
        assertTrue(PersonalCode.parse(code).isRight());
        if (!household.members().isEmpty()) {
            String member = household.members().get(0).value();
            DecodingError twice = json.decode(DocumentType.HOUSEHOLD, text.replace(member, code)).getLeft();
            assertEquals("/household/members", twice.path());
            assertFalse(twice.message().contains(code));
        }
    }
}
