package ee.hoolekanne.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DeadlineCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("CAL-4 CAL-8: 2026-12-18 10wd prints the due date, then its explanation")
    void printsDueDateAndExplanation() {
        assertEquals(0, run("2026-12-18", "10wd"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        // 21, 22, 23, 28, 29, 30, 31 Dec, 4, 5, 6 Jan: 24-26 Dec and 1 Jan are holidays
        assertEquals("2027-01-06", lines[0]);
        assertTrue(lines[1].contains("jõululaupäev (Christmas Eve)"), lines[1]);
        assertTrue(lines[1].contains("uusaasta (New Year's Day)"), lines[1]);
    }

    @Test
    @DisplayName("TSM-24 policy: 'before' counts back and lands on the previous working day")
    void backward() {
        assertEquals(0, run("2026-03-01", "1m", "before"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("2026-01-30"));
    }

    @Test
    @DisplayName("--help and -h print the usage and exit 0")
    void help() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("-h"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: <date> <term> [before]"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("bad arguments print the usage and exit 2, never a stack trace")
    void badArguments() {
        assertEquals(2, run());
        assertEquals(2, run("2026-12-18"));
        assertEquals(2, run("18.12.2026", "10wd"));
        assertEquals(2, run("2026-12-18", "ten"));
        assertEquals(2, run("2026-12-18", "0d"));
        assertEquals(2, run("2026-12-18", "10wd", "after"));
        assertEquals(2, run("1997-12-18", "10wd"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("usage:"), errors);
        assertTrue(errors.contains("outside the supported range 1998-01-01..2100-12-31"), errors);
        assertFalse(errors.contains("Exception"), errors);
        assertFalse(errors.contains("\tat "), errors);
    }
}
