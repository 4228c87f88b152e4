package ee.hoolekanne.adapter.letters;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.letter.LetterBody;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.port.out.LetterFailure;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.port.out.RenderedLetter;
import ee.hoolekanne.testkit.gen.LetterCases;
import io.vavr.control.Either;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of letter of every service in Estonian, English and Russian, rendered to PDF: the
 * text PDFBox extracts holds the operative part, the grounds, the legal basis, the reasons, every
 * due date and the challenge route; every PDF passes veraPDF's PDF/A-2u validation; hostile values
 * render escaped into a still valid PDF; a municipality's template wins over the library's.
 */
class LettersTest {

    static final Letterhead TARTU = new Letterhead("Tartu Linnavalitsus", List.of("Raekoda", "50089 Tartu"), "75006546",
            "+372 736 1111", "info@tartu.ee", "www.tartu.ee", true);
    private static final HoolekanneLetters LETTERS = HoolekanneLetters.create(LetterSettings.of(TARTU));

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] pdf(HoolekanneLetters letters, Letter letter, Addressee to, Locale language) {
        Either<LetterFailure, RenderedLetter> rendered = letters.render(letter, to, language, LetterFormat.PDF);
        assertTrue(rendered.isRight(), () -> letter + " " + language + ": " + rendered.getLeft().message());
        return rendered.get().content();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normalize(new PDFTextStripper().getText(doc));
        }
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** PDF/A-2u by veraPDF: the failed rules, none for a conforming file. */
    static List<String> pdfaViolations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertEquals("2u", parser.getFlavour().getId(), "the file declares PDF/A-2u");
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            return result.isCompliant() ? List.of() : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }

    /** What a letter must say in {@code language}, each as it appears in the text. */
    static List<String> expected(Letter letter, Locale language) {
        Texts t = Texts.of(language);
        List<String> must = new ArrayList<>();
        must.add(t.date(letter.date()));
        must.add(letter.number());
        for (Deadline d : letter.deadlines()) {
            must.add(t.date(d.dueDate()));
        }
        switch (letter.body()) {
            case LetterBody.OfDecision od -> {
                Decision d = od.decision();
                must.add(t.act(d.kind()));
                must.add(t.operative(d.outcome()));
                List<? extends Ground> grounds = d.outcome() instanceof Outcome.Refuse r ? r.grounds()
                        : d.outcome() instanceof Outcome.Terminate x ? x.grounds() : List.of();
                grounds.forEach(g -> must.add(t.ground(g)));
                d.legalBasis().forEach(b -> must.add(b.ruleId() + ", " + b.provision()));
                must.addAll(d.reasons().facts());
                d.reasons().hearing().forEach(h -> must.add(t.hearing(h)));
                must.add(od.procedure().challenge().court());
                must.add(od.procedure().challenge().courtAddress());
                must.add(t.term(od.procedure().challenge().challengeTerm()));
                must.add("HMS § 75");
                od.challengeDeadlines().forEach(c -> must.add(t.date(c.dueDate())));
                must.add(d.madeBy().role());
                d.madeBy().signer().forEach(must::add);
            }
            case LetterBody.RemedyRequest r -> must.add(t.date(r.term().dueDate()));
            default -> must.add(t.get("notice." + letter.kind() + ".title"));
        }
        return must.stream().map(LettersTest::normalize).toList();
    }

    @Test
    @DisplayName("HMS-2, HMS-3, HMS-6, CAL-8, RVK-3, TSM-11, TSM-13, AHT-10, AHT-11, JUS-5: every kind of letter of every service in et, en and ru: the PDF's text holds the operative part, grounds, legal basis, facts, hearing, due dates and challenge route, and the file is PDF/A-2u")
    void everyLetterInEveryLanguage() throws Exception {
        List<Letter> letters = LetterCases.all();
        Set<String> kinds = letters.stream().map(l -> l.body() instanceof LetterBody.OfDecision d ? "DECISION/" + d.decision().kind()
                : l.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("DECISION/GRANT", "DECISION/REFUSE", "DECISION/WAIT_LIST", "DECISION/TERMINATE", "DECISION/EXTEND",
                "DECISION/REFER", "DECISION/MOVE_STAGE", "DECISION/LEAVE_UNPROCESSED", "WAITING_LIST_POSITION", "FREED_PLACE", "LAPSE",
                "REMEDY_REQUEST", "REFERRAL_ENDED", "SUPPORT_PERSON_ASSIGNED", "ADMISSION"), kinds, "every kind of letter is checked");
        assertTrue(letters.stream().anyMatch(l -> l.body() instanceof LetterBody.OfDecision d && !d.challengeDeadlines().isEmpty()),
                "a notified decision states its challenge deadlines");
        // one letter of each kind in every language through veraPDF; every letter through the text check
        Set<String> validated = new java.util.HashSet<>();
        for (Letter letter : letters) {
            String kind = letter.body() instanceof LetterBody.OfDecision d ? d.decision().kind().name() : letter.kind();
            for (Locale language : Texts.LANGUAGES) {
                byte[] pdf = pdf(LETTERS, letter, LetterCases.ADDRESSEE, language);
                // lines wrap anywhere a space or a hyphen is: compare without whitespace
                String text = text(pdf).replaceAll("\\s", "");
                for (String must : expected(letter, language)) {
                    assertTrue(text.contains(must.replaceAll("\\s", "")), () -> letter + " in " + language + " lacks: " + must + "\n" + text);
                }
                if (validated.add(kind + "/" + language)) {
                    assertEquals(List.of(), pdfaViolations(pdf), letter + " in " + language);
                }
            }
        }
    }

    @Test
    @DisplayName("ID-4: a letter's PDF metadata and suggested file name hold no personal code and no name; the text holds the addressee")
    void noPersonalDataInMetadata() throws Exception {
        Letter letter = LetterCases.all().get(3);
        RenderedLetter rendered = LETTERS.render(letter, LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.PDF).get();
        String code = letter.addressee().value();
        assertFalse(rendered.fileName().contains(code) || rendered.fileName().contains("Põder"), rendered.fileName());
        assertTrue(rendered.fileName().endsWith("_et.pdf"), rendered.fileName());
        try (PDDocument doc = Loader.loadPDF(rendered.content())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            String metadata = String.join("|", String.valueOf(info.getTitle()), String.valueOf(info.getAuthor()),
                    String.valueOf(info.getSubject()), String.valueOf(info.getKeywords()), String.valueOf(info.getCreator()));
            String xmp = doc.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            for (String personal : List.of(code, "Peeter", "Põder", "Pikk tn")) {
                assertFalse(metadata.contains(personal) || xmp.contains(personal), personal + " in the metadata");
            }
            assertTrue(text(rendered.content()).contains("Peeter Põder"), "the letter is addressed by name");
        }
        Letter byCode = new Letter(letter.service(), new CaseId(code), letter.addressee(), code, letter.date(), letter.body(), List.of());
        String name = LETTERS.render(byCode, LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.PDF).get().fileName();
        assertFalse(name.contains(code), "a case named by a personal code is not in the file name: " + name);
    }

    @Test
    @DisplayName("X-4, ID-4: hostile values — markup, 10,000 characters, right-to-left text, control characters — render escaped and give a valid PDF/A")
    void hostileValues() throws Exception {
        String script = "<script>alert('x')</script><b>bold</b> & \"quoted\"";
        String huge = "õ".repeat(10_000);
        String rtl = "שלום עולם مرحبا بالعالم";
        String control = "bell\u0007 nul\u0000 escape\u001b lone\uD800 end";
        Letter base = LetterCases.leftUnprocessed();
        LetterBody.OfDecision od = (LetterBody.OfDecision) base.body();
        Decision d = od.decision();
        Decision hostile = new Decision(d.id(), new ee.hoolekanne.domain.decision.DecisionMaker(script, d.madeBy().role(), rtl),
                d.madeOn(), d.outcome(), d.legalBasis(), d.supersedes(),
                new ee.hoolekanne.domain.decision.Reasons(List.of(script, huge, rtl, control), d.reasons().hearing()));
        Letter letter = new Letter(base.service(), base.caseId(), base.addressee(), base.number(), base.date(),
                new LetterBody.OfDecision(hostile, od.procedure(), od.challengeDeadlines()), base.deadlines());
        Addressee to = new Addressee(script + control, List.of(rtl, huge.substring(0, 300)));

        String html = new String(LETTERS.render(letter, to, Texts.ESTONIAN, LetterFormat.HTML).get().content(), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "markup in a value is escaped");
        assertTrue(html.contains("&lt;script&gt;"), "and shown as text");
        assertFalse(html.contains("\u0007") || html.contains("\u0000") || html.contains("\u001b"), "control characters are replaced");

        for (Locale language : Texts.LANGUAGES) {
            byte[] pdf = pdf(LETTERS, letter, to, language);
            assertEquals(List.of(), pdfaViolations(pdf), "hostile values in " + language);
            String text = text(pdf);
            assertTrue(text.contains("<script>alert('x')</script>"), "the markup is text on the page");
            assertTrue(text.replace(" ", "").contains("õõõõõõõõõõõõõõõõõõõõ"), "the long value is on the pages");
        }
    }

    @Test
    @DisplayName("a municipality's template (here: its Russian letters only) and letterhead win over the library's, without rebuilding")
    void overrides(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letter_ru.ftlh"), """
                <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}"><head><meta charset="UTF-8" /><title>${title}</title>
                <style>body { font-family: 'DejaVu Sans'; }</style></head>
                <body><p>Наш шаблон: ${head.name}</p><p>${operative}</p></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("letterhead.properties"), "name=Narva Linnavalitsus\naddress=Peetri plats 5 | 20308 Narva\n",
                StandardCharsets.UTF_8);
        Letterhead narva = Letterhead.load(dir.resolve("letterhead.properties"));
        HoolekanneLetters own = HoolekanneLetters.create(LetterSettings.of(narva).withTemplateDirectory(dir));
        Letter letter = LetterCases.leftUnprocessed();
        String ru = text(pdf(own, letter, LetterCases.ADDRESSEE, Texts.RUSSIAN));
        assertTrue(ru.startsWith("Наш шаблон: Narva Linnavalitsus"), ru);
        String et = text(pdf(own, letter, LetterCases.ADDRESSEE, Texts.ESTONIAN));
        assertTrue(et.contains("Narva Linnavalitsus") && et.contains("Vaidlustamine"), "Estonian keeps the library's template: " + et);
        assertEquals(List.of("Peetri plats 5", "20308 Narva"), narva.address());
    }

    @Test
    @DisplayName("X-4: a broken template of a municipality is a typed failure naming the template and the line, never an exception")
    void brokenTemplate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letter.ftlh"), "<html>\n<#if>\n</html>", StandardCharsets.UTF_8);
        HoolekanneLetters broken = HoolekanneLetters.create(LetterSettings.of(TARTU).withTemplateDirectory(dir));
        LetterFailure failure = broken.render(LetterCases.leftUnprocessed(), LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.PDF).getLeft();
        assertInstanceOf(LetterFailure.Template.class, failure);
        assertTrue(failure.message().contains("letter.ftlh") && failure.message().contains("line 2"), failure.message());
        Files.writeString(dir.resolve("letter.ftlh"), "<html><body>${nosuchvalue}</body></html>", StandardCharsets.UTF_8);
        HoolekanneLetters missing = HoolekanneLetters.create(LetterSettings.of(TARTU).withTemplateDirectory(dir));
        LetterFailure unknown = missing.render(LetterCases.leftUnprocessed(), LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.HTML).getLeft();
        assertTrue(unknown.message().contains("nosuchvalue"), unknown.message());
        assertFalse(unknown.message().contains("Peeter"), "no personal data in the message");
        Files.writeString(dir.resolve("letter.ftlh"), "<html><body><p>not closed</body></html>", StandardCharsets.UTF_8);
        HoolekanneLetters notXml = HoolekanneLetters.create(LetterSettings.of(TARTU).withTemplateDirectory(dir));
        assertInstanceOf(LetterFailure.class, notXml.render(LetterCases.leftUnprocessed(), LetterCases.ADDRESSEE, Texts.ESTONIAN,
                LetterFormat.PDF).fold(f -> f, ok -> null), "HTML the PDF renderer cannot parse is a typed failure");
    }

    @Test
    @DisplayName("the suggested file name holds the case, the kind, the number and the language, in characters every file system takes")
    void fileNames() {
        Letter letter = new Letter(CaseKind.SOCIAL_HOUSING, new CaseId("2025/SH 101"), LetterCases.freedPlace().addressee(), "K:77",
                java.time.LocalDate.of(2026, 4, 1), LetterCases.freedPlace().body(), List.of());
        assertEquals("2025-SH-101_freed_place_K-77_ru.pdf", HoolekanneLetters.fileName(letter, Texts.RUSSIAN, LetterFormat.PDF));
        PersonalCode code = letter.addressee();
        assertFalse(HoolekanneLetters.fileName(new Letter(letter.service(), new CaseId("a" + code.value()), code, "n", letter.date(),
                letter.body(), List.of()), Texts.RUSSIAN, LetterFormat.HTML).contains(code.value()));
    }

    @Test
    @DisplayName("the benchmark's letter fits on one page, and a page renders to an image (the README's picture: -Dhoolekanne.writeReadmeImage=true)")
    void onePageAndImage() throws Exception {
        byte[] pdf = pdf(LETTERS, LetterCases.leftUnprocessed(), LetterCases.ADDRESSEE, Texts.ESTONIAN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "the benchmark renders a one-page letter");
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertTrue(page.getWidth() > 500 && page.getHeight() > 800, "an A4 page at 72 dpi");
            if (Boolean.getBoolean("hoolekanne.writeReadmeImage")) {
                Path out = Path.of("..", "docs", "letter-decision-et.png");
                Files.createDirectories(out.getParent());
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96), "png", out.toFile());
            }
        }
    }
}
