package ee.hoolekanne.testkit.contract;

import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Reasons;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.letter.LetterBody;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.port.out.DecisionLetters;
import ee.hoolekanne.port.out.LetterFailure;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.port.out.RenderedLetter;
import ee.hoolekanne.testkit.gen.LetterCases;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every adapter of {@link DecisionLetters} must do: render every letter of every service in
 * every state (testkit's {@link LetterCases}) in Estonian, English and Russian, to HTML and to PDF,
 * without an exception; the HTML's text holds the operative part and the dates; markup in a value
 * stays text; the suggested file name holds no personal code. A subclass gives the adapter.
 */
public abstract class DecisionLettersContract {

    /** The adapter under test. */
    protected abstract DecisionLetters letters();

    private static String text(RenderedLetter html) {
        String markup = new String(html.content(), StandardCharsets.UTF_8);
        String text = markup.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s", "");
    }

    @Test
    @DisplayName("HMS-3, RVK-3: every letter of every service in et, en and ru renders to HTML holding its number, date and operative part, and to PDF")
    void everyLetter() {
        for (Letter letter : LetterCases.all()) {
            for (Locale language : Texts.LANGUAGES) {
                Texts t = Texts.of(language);
                Either<LetterFailure, RenderedLetter> html = letters().render(letter, LetterCases.ADDRESSEE, language, LetterFormat.HTML);
                assertTrue(html.isRight(), () -> letter + " " + language + ": " + html.getLeft().message());
                String text = text(html.get());
                assertTrue(text.contains(letter.number().replaceAll("\\s", "")), letter + " names its number");
                assertTrue(text.contains(t.date(letter.date())), letter + " is dated");
                if (letter.body() instanceof LetterBody.OfDecision d) {
                    assertTrue(text.contains(t.operative(d.decision().outcome()).replaceAll("\\s", "")), letter + " states what it decides");
                }
                assertEquals(LetterFormat.HTML, html.get().format());
            }
        }
        Letter one = LetterCases.leftUnprocessed();
        RenderedLetter pdf = letters().render(one, LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.PDF).get();
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf.content(), 5));
        assertTrue(pdf.fileName().endsWith(".pdf"));
    }

    @Test
    @DisplayName("X-4, ID-4: markup in a value is text, not markup; no personal code or name in the file name")
    void hostileValuesAndFileNames() {
        Letter base = LetterCases.leftUnprocessed();
        LetterBody.OfDecision body = (LetterBody.OfDecision) base.body();
        Decision d = body.decision();
        Decision hostile = new Decision(d.id(), d.madeBy(), d.madeOn(), d.outcome(), d.legalBasis(), d.supersedes(),
                new Reasons(List.of("<script>alert(1)</script>"), d.reasons().hearing()));
        Letter letter = new Letter(base.service(), base.caseId(), base.addressee(), base.number(), base.date(),
                new LetterBody.OfDecision(hostile, body.procedure(), body.challengeDeadlines()), base.deadlines());
        RenderedLetter html = letters().render(letter, new Addressee("<b>Mari</b>", List.of()), Texts.ESTONIAN, LetterFormat.HTML).get();
        String markup = new String(html.content(), StandardCharsets.UTF_8);
        assertFalse(markup.contains("<script>") || markup.contains("<b>Mari</b>"), "values are escaped");
        assertFalse(html.fileName().contains(base.addressee().value()) || html.fileName().contains("Mari"), html.fileName());
    }
}
