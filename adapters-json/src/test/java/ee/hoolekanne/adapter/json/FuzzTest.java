package ee.hoolekanne.adapter.json;

import ee.hoolekanne.testkit.gen.Property;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 100,000 mutated documents of every type: truncations, type swaps, huge numbers, deep nesting,
 * invalid UTF-8, duplicate keys, dropped and unknown fields, impossible dates, flipped bytes.
 * Every result is a {@code Right} that is a valid domain value (it encodes and decodes to itself)
 * or a typed {@code Left}; never an exception, never an unexpected error, never a hang.
 */
class FuzzTest {

    private static final int MUTATIONS = 100_000;
    private static final Pattern VALUE = Pattern.compile(":(\"[^\"]*\"|-?[0-9]+|true|false|null)");
    private static final Pattern MEMBER = Pattern.compile("\"[A-Za-z]+\":(\"[^\"]*\"|-?[0-9]+)");
    private static final Pattern DATE = Pattern.compile("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"");

    private final HoolekanneJson json = HoolekanneJson.standard();

    /** A valid document to mutate, with its type. */
    record Seed(DocumentType<?> type, String document) {
    }

    /** One mutated document, shown by its type and length only in failure messages. */
    record Mutant(DocumentType<?> type, byte[] bytes, String how) {
        @Override
        public String toString() {
            return type + " mutated by " + how + " (" + bytes.length + " bytes)";
        }
    }

    @Test
    @DisplayName("100,000 mutated documents: each decodes to a valid value or a typed error, never an exception or a hang")
    void fuzz() {
        List<Seed> seeds = seeds();
        int[] rights = {0};
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Property.forAll("mutated documents", MUTATIONS,
                random -> mutate(seeds.get(random.nextInt(seeds.size())), random), mutant -> {
                    if (check(mutant)) {
                        rights[0]++;
                    }
                }));
        assertTrue(rights[0] > 0 && rights[0] < MUTATIONS, "both valid and refused mutants were seen: " + rights[0]);
    }

    private <T> boolean check(Mutant mutant) {
        @SuppressWarnings("unchecked")
        DocumentType<T> type = (DocumentType<T>) mutant.type();
        Either<DecodingError, T> result = json.decode(type, mutant.bytes());
        if (result.isRight()) {
            assertEquals(result, json.decode(type, json.encode(type, result.get())), "a decoded value is a valid one");
            return true;
        }
        assertFalse(result.getLeft().problem().contains("unexpected"), () -> "an unexpected error: " + result.getLeft().message());
        return false;
    }

    private static List<Seed> seeds() {
        HoolekanneJson json = HoolekanneJson.standard();
        SplittableRandom random = new SplittableRandom(2026);
        List<Seed> seeds = new ArrayList<>();
        for (Samples.Kind<?> kind : Samples.ALL) {
            for (int i = 0; i < 40; i++) {
                seeds.add(seed(json, kind, random));
            }
        }
        return seeds;
    }

    private static <T> Seed seed(HoolekanneJson json, Samples.Kind<T> kind, SplittableRandom random) {
        return new Seed(kind.type(), json.encode(kind.type(), kind.generator().apply(random)));
    }

    static Mutant mutate(Seed seed, SplittableRandom random) {
        String text = seed.document();
        int times = 1 + random.nextInt(2);
        StringBuilder how = new StringBuilder();
        byte[] bytes = null;
        for (int t = 0; t < times; t++) {
            int op = random.nextInt(10);
            how.append(how.isEmpty() ? "" : "+").append(op);
            text = switch (op) {
                case 0 -> text.substring(0, random.nextInt(text.length() + 1));                       // truncation
                case 1 -> replaceOne(text, VALUE, random, ":" + pick(random, "0", "\"x\"", "[]", "{}", "null", "true", "-1", "1.5", "\"\""));
                case 2 -> replaceOne(text, VALUE, random, ":" + pick(random, "1" + "0".repeat(30), "1e999999", "-9223372036854775809",
                        "0." + "1".repeat(50), "9".repeat(500)));                                         // huge numbers
                case 3 -> {                                                                             // deep nesting
                    int depth = random.nextInt(200);
                    yield replaceOne(text, VALUE, random, ":" + "[".repeat(depth) + "1" + "]".repeat(depth));
                }
                case 4 -> duplicateMember(text, random);                                               // duplicate keys
                case 5 -> dropMember(text, random);                                                     // missing fields
                case 6 -> insertAfterBrace(text, random, "\"unknown\":" + pick(random, "1", "\"x\"", "{}") + ",");
                case 7 -> replaceOne(text, DATE, random, pick(random, "\"2026-13-01\"", "\"2026-02-29\"", "\"0000-00-00\"",
                        "\"2026-1-1\"", "\"+2026-01-01\"", "\"2024-02-29\"", "\"1899-12-31\"", "\"3000-01-01\""));
                case 8 -> flipCharacter(text, random);
                default -> text;                                                                        // bytes, below
            };
            if (op == 9) {
                bytes = text.getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0) {                                                                  // invalid UTF-8
                    bytes[random.nextInt(bytes.length)] = (byte) pickByte(random);
                }
            } else {
                bytes = null;
            }
        }
        return new Mutant(seed.type(), bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), how.toString());
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static int pickByte(SplittableRandom random) {
        int[] bad = {0xFF, 0xFE, 0xC0, 0xC1, 0x80, 0xBF, 0xF8, 0xED, 0x00};
        return bad[random.nextInt(bad.length)];
    }

    private static String replaceOne(String text, Pattern pattern, SplittableRandom random, String replacement) {
        List<int[]> spans = spans(text, pattern);
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String duplicateMember(String text, SplittableRandom random) {
        List<int[]> spans = spans(text, MEMBER);
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String member = text.substring(span[0], span[1]);
        return text.substring(0, span[1]) + "," + member + text.substring(span[1]);
    }

    private static String dropMember(String text, SplittableRandom random) {
        List<int[]> spans = spans(text, MEMBER);
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        int end = span[1] < text.length() && text.charAt(span[1]) == ',' ? span[1] + 1 : span[1];
        return text.substring(0, span[0]) + text.substring(end);
    }

    private static String insertAfterBrace(String text, SplittableRandom random, String member) {
        List<Integer> braces = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                braces.add(i);
            }
        }
        if (braces.isEmpty()) {
            return text;
        }
        int at = braces.get(random.nextInt(braces.size())) + 1;
        return text.substring(0, at) + member + text.substring(at);
    }

    private static String flipCharacter(String text, SplittableRandom random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        char c = "{}[]\":,0a\\ ".charAt(random.nextInt(11));
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private static List<int[]> spans(String text, Pattern pattern) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        return spans;
    }
}
