package ee.hoolekanne.adapter.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A second process that tries to open a folder and prints what happened: {@code opened} or the error's name. */
public final class SecondOwner {

    private SecondOwner() {
    }

    /** Opens {@code args[0]} and prints the outcome. */
    public static void main(String[] args) {
        String outcome = JsonFileRepositories.open(Path.of(args[0])).<String>fold(e -> e.getClass().getSimpleName(), files -> {
            files.close();
            return "opened";
        });
        System.out.print(outcome);
    }

    /** Runs {@link #main} in a new JVM on this one's class path and returns what it printed. */
    static String tryInAnotherProcess(Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SecondOwner.class.getName(), dir.toString()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not finish");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
