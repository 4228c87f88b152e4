package ee.hoolekanne.adapter.letters;

import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.testkit.gen.LetterCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The letters adapter's cost: a one-page decision letter (an application left unprocessed, HMS-1,
 * with its facts, hearing, challenge route and two explained deadlines, in Estonian) rendered to
 * an archival PDF ({@code render_pdf}: template, XHTML parsing, layout, DejaVu Sans subset and
 * embedded, PDF/A-2u metadata) against rendering the same letter to HTML only ({@code
 * render_html}: the template alone), in the same run. The target is at most 50 ms for the PDF.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LettersBenchmark {

    /** The adapter and the letter, made once. */
    @State(Scope.Benchmark)
    public static class Fixture {
        final HoolekanneLetters letters = HoolekanneLetters.create(LetterSettings.of(new Letterhead("Tartu Linnavalitsus",
                List.of("Raekoda", "50089 Tartu"), "", "", "", "", true)));
        Letter letter;

        @Setup(Level.Trial)
        public void setUp() {
            letter = LetterCases.leftUnprocessed();
        }
    }

    @Benchmark
    public byte[] render_html(Fixture f) {
        return f.letters.render(f.letter, LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.HTML).get().content();
    }

    @Benchmark
    public byte[] render_pdf(Fixture f) {
        return f.letters.render(f.letter, LetterCases.ADDRESSEE, Texts.ESTONIAN, LetterFormat.PDF).get().content();
    }
}
