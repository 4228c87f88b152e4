package ee.hoolekanne.domain.text;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import ee.hoolekanne.domain.calendar.LegalBasis;
import ee.hoolekanne.domain.calendar.OfficeHours;
import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.decision.ActKind;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.law.Rule;
import ee.hoolekanne.domain.socialhousing.RefusalGround;
import ee.hoolekanne.domain.socialhousing.TerminationGround;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Person-facing texts in Estonian (the default), English and Russian (RVK-3): the explanation of
 * a deadline (CAL-8) with holiday names, weekdays, terms and the end of the term (CAL-6, CAL-9),
 * the kinds of act, grounds and hearings.
 */
class TextsTest {

    private final EstonianCalendar calendar = EstonianCalendar.standard();

    private Deadline christmas() {
        return calendar.deadline(LocalDate.of(2025, 12, 19), Term.workingDays(5),
                LegalBasis.of(Rule.TSM_8, "Tartu City regulation no 86 § 7(2)"), "complete application submitted");
    }

    @Test
    @DisplayName("CAL-8, CAL-6: a deadline explains itself in Estonian with Estonian weekdays, holidays, terms, dates and the end at 24:00")
    void estonian() {
        String text = christmas().explain(Texts.ESTONIAN);
        assertTrue(text.startsWith("Tähtaeg 31.12.2025 (kolmapäev): 5 tööpäeva, arvates päevale 19.12.2025 järgnevast päevast"
                + " (nõuetekohane taotlus esitati)"), text);
        assertTrue(text.contains("24.12.2025 jõululaupäev") && text.contains("20.12.2025 laupäev"), text);
        assertFalse(text.contains("Christmas") || text.contains("Saturday"), text);
        assertTrue(text.contains("Õiguslik alus: TSM-8"), text);
        assertTrue(text.endsWith("Tähtaeg lõpeb tähtpäeva kell 24.00 (TsÜS § 137 lg 1)."), text);
    }

    @Test
    @DisplayName("CAL-8: a deadline explains itself in Russian: weekdays, holidays with their Russian names, plural forms of terms")
    void russian() {
        String text = christmas().explain(Texts.RUSSIAN);
        assertTrue(text.startsWith("Срок 31.12.2025 (среда): 5 рабочих дней, считая со дня, следующего за 19.12.2025 (подано полное заявление)"),
                text);
        assertTrue(text.contains("24.12.2025 jõululaupäev (Сочельник)") && text.contains("суббота"), text);
        assertTrue(text.contains("в 24:00"), text);
        Texts ru = Texts.of(Texts.RUSSIAN);
        assertEquals("1 рабочий день", ru.term(Term.workingDays(1)));
        assertEquals("2 рабочих дня", ru.term(Term.workingDays(2)));
        assertEquals("5 рабочих дней", ru.term(Term.workingDays(5)));
        assertEquals("11 дней", ru.term(Term.days(11)));
        assertEquals("21 день", ru.term(Term.days(21)));
        assertEquals("22 дня", ru.term(Term.days(22)));
        assertEquals("30 дней", ru.term(Term.days(30)));
        assertEquals("за 1 месяц до", ru.term(Term.months(1).before()));
    }

    @Test
    @DisplayName("CAL-8: English keeps the text of explain(); a language without texts gets Estonian, never the JVM's default")
    void englishAndFallback() {
        Deadline deadline = christmas();
        assertEquals(deadline.explain().replace("2025-12-31", "2025-12-31"), deadline.explain(Locale.ENGLISH));
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(deadline.explain(Texts.ESTONIAN), deadline.explain(Locale.GERMAN));
            assertEquals(deadline.explain(Texts.ESTONIAN), deadline.explain(Locale.of("et", "EE")));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    @DisplayName("CAL-9: a term that ends with an institution's office hours says so in each language")
    void officeClose() {
        Deadline atProvider = calendar.deadline(LocalDate.of(2026, 3, 2), Term.workingDays(10))
                .atInstitution(OfficeHours.weekdays("Tartu Varjupaik", LocalTime.of(17, 0), Duration.ofHours(3)), calendar);
        assertTrue(atProvider.explain(Texts.ESTONIAN).contains("kell 17:00, kui lõpeb asutuse Tartu Varjupaik tööaeg"),
                atProvider.explain(Texts.ESTONIAN));
        assertTrue(atProvider.explain(Locale.ENGLISH).contains("at 17:00 on the due date, the end of the working day of Tartu Varjupaik"));
        assertTrue(atProvider.explain(Texts.RUSSIAN).contains("в 17:00 последнего дня срока"));
    }

    @Test
    @DisplayName("HMS-2, HMS-5: the kinds of act, the regulation's grounds and the hearing in each language")
    void actsGroundsHearings() {
        for (Locale language : Texts.LANGUAGES) {
            Texts t = Texts.of(language);
            for (ActKind kind : ActKind.values()) {
                assertFalse(t.act(kind).startsWith("outcome."), language + " " + kind);
            }
            for (RefusalGround g : RefusalGround.values()) {
                assertFalse(t.ground(g).startsWith("ground."), language + " " + g);
            }
            for (TerminationGround g : TerminationGround.values()) {
                assertFalse(t.ground(g).startsWith("ground."), language + " " + g);
            }
        }
        assertEquals("teenuse saaja ei tasu eluruumi osa kasutamisega seotud tasu või eluruumi kõrvalkulusid",
                Texts.of(Texts.ESTONIAN).ground(TerminationGround.UNPAID_FEES));
        assertEquals("Оставление заявления без рассмотрения", Texts.of(Texts.RUSSIAN).act(ActKind.LEAVE_UNPROCESSED));
        assertEquals("Isikut ei kuulatud ära: ei olnud kättesaadav (HMS § 40 lg 3 p 6).",
                Texts.of(Texts.ESTONIAN).hearing(new Hearing.NotHeld("HMS § 40 lg 3 p 6", "ei olnud kättesaadav")));
    }

    @Test
    @DisplayName("RVK-3: every key of the Estonian texts is in the English and Russian ones")
    void everyKeyInEveryLanguage() throws java.io.IOException {
        java.util.Properties base = load("texts.properties");
        for (String file : new String[]{"texts_en.properties", "texts_ru.properties"}) {
            java.util.Properties other = load(file);
            for (String key : base.stringPropertyNames()) {
                assertTrue(other.containsKey(key), file + " lacks " + key);
            }
        }
    }

    private static java.util.Properties load(String file) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = TextsTest.class.getResourceAsStream("/ee/hoolekanne/domain/text/" + file);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
