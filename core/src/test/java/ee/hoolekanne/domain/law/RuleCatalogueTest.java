package ee.hoolekanne.domain.law;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule catalogue for users, {@code docs/rules.md}: every rule of {@link Rule} and every rule ID
 * the code of any module names has its row, so a reader of a Javadoc or a test can look it up.
 */
class RuleCatalogueTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ID = Pattern.compile("\\b(CAL|ID|RES|RVK|TSM|AHT|JUS|HMS|X)[-_](\\d{1,2})\\b");

    private static Set<String> rows() throws IOException {
        Set<String> rows = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| ((?:CAL|ID|RES|RVK|TSM|AHT|JUS|HMS|X)-\\d+) \\|")
                .matcher(Files.readString(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    @Test
    @DisplayName("docs/rules.md has a row for every rule of the catalogue (Rule), and for nothing else")
    void everyRuleHasItsRow() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            rules.add(rule.id());
        }
        assertEquals(rules, rows());
    }

    @Test
    @DisplayName("every rule ID the main code of any module names is in docs/rules.md")
    void everyIdInTheCodeIsDocumented() throws IOException {
        Set<String> rows = rows();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/")).toList()) {
                Matcher m = ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(1) + "-" + m.group(2);
                    if (!rows.contains(id)) {
                        missing.add(id + " in " + ROOT.relativize(file));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "rule IDs the code names but docs/rules.md lacks: " + missing);
    }
}
