package ee.hoolekanne.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a benchmark suite and prints its results as ratios against the baselines measured in the
 * same run, as a Markdown table (also written to {@code target/<suite>-ratios.md}): two forks, and
 * beside each time the bytes allocated per operation (JMH's {@code -prof gc},
 * {@code gc.alloc.rate.norm}), which stay stable on a noisy machine when times do not.
 *
 * <p>Arguments: {@code <suite> [quick|full] [operation]}; {@code operation} keeps only the
 * benchmarks whose name starts with it (e.g. {@code deadlineWatch}). Suites: {@code calendar}, {@code persistence}, {@code daily}, {@code json}, {@code letters}. {@code quick} shortens warm-up
 * and measurement for a smoke run; the README's figures come from a full run.
 */
public final class BenchmarkMain {

    private static final Map<String, Class<?>> SUITES = Map.of("calendar", CalendarBenchmark.class,
            "persistence", PersistenceBenchmark.class, "daily", DailyQueriesBenchmark.class,
            "json", ee.hoolekanne.adapter.json.JsonBenchmark.class, "letters", ee.hoolekanne.adapter.letters.LettersBenchmark.class);
    /** Per suite, the implementation every ratio is taken against. */
    private static final Map<String, String> SUBJECTS = Map.of("calendar", "table", "persistence", "adapter", "daily", "adapter",
            "json", "adapter", "letters", "html");
    /** Per suite, the parameters of a quick run. */
    private static final Map<String, Map<String, String>> QUICK_PARAMS = Map.of("persistence", Map.of("cases", "10000"),
            "daily", Map.of("cases", "10000"));

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String suite = args.length > 0 ? args[0] : "calendar";
        boolean quick = args.length > 1 && args[1].equals("quick");
        String operation = args.length > 2 ? args[2] : "";
        Class<?> benchmark = SUITES.get(suite);
        if (benchmark == null) {
            System.err.println("usage: BenchmarkMain <suite> [quick|full] [operation]   suites: " + SUITES.keySet());
            System.exit(2);
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\." + java.util.regex.Pattern.quote(operation))
                .forks(2)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        if (quick) {
            QUICK_PARAMS.getOrDefault(suite, Map.of()).forEach(options::param);
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(300));
        } else {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = ratios(results, SUBJECTS.get(suite));
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target", suite + "-ratios.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** One row per operation and parameters: each implementation's ns/op with its B/op, and its time's ratio to the subject. */
    static String ratios(Collection<RunResult> results, String subject) {
        Map<String, Map<String, double[]>> rows = new TreeMap<>();
        List<String> implementations = new ArrayList<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            int underscore = method.lastIndexOf('_');
            String operation = method.substring(0, underscore);
            String implementation = method.substring(underscore + 1);
            if (!implementations.contains(implementation)) {
                implementations.add(implementation);
            }
            String params = result.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + result.getParams().getParam(k))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            String row = operation + (params.isEmpty() ? "" : " (" + params + ")");
            double[] scoreAndError = {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(), bytesPerOperation(result)};
            rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(implementation, scoreAndError);
        }
        implementations.remove(subject);
        implementations.add(0, subject);
        StringBuilder sb = new StringBuilder("| operation |");
        implementations.forEach(impl -> sb.append(' ').append(impl).append(" ns/op (B/op) |"));
        implementations.stream().skip(1).forEach(impl -> sb.append(' ').append(impl).append(" / ").append(subject).append(" |"));
        sb.append('\n').append("|---|");
        sb.append("---:|".repeat(implementations.size() * 2 - 1)).append('\n');
        rows.forEach((row, byImpl) -> {
            sb.append("| ").append(row).append(" |");
            for (String impl : implementations) {
                double[] s = byImpl.get(impl);
                sb.append(s == null ? " – |" : String.format(Locale.ROOT, " %,.1f ± %,.1f (%s) |", s[0], s[1],
                        Double.isNaN(s[2]) ? "–" : String.format(Locale.ROOT, "%,.0f", s[2])));
            }
            double[] subjectScore = byImpl.get(subject);
            implementations.stream().skip(1).forEach(impl -> {
                double[] s = byImpl.get(impl);
                double ratio = s == null || subjectScore == null ? Double.NaN : s[0] / subjectScore[0];
                sb.append(Double.isNaN(ratio) ? " – |"
                        : String.format(Locale.ROOT, ratio < 10 ? " **%.1fx** |" : " **%,.0fx** |", ratio));
            });
            sb.append('\n');
        });
        return sb.toString();
    }

    /** The bytes allocated per operation that {@code -prof gc} measured; NaN when it did not run. */
    private static double bytesPerOperation(RunResult result) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return secondary.getValue().getScore();
            }
        }
        return Double.NaN;
    }
}
