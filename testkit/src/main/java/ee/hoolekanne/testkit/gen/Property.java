package ee.hoolekanne.testkit.gen;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A seeded property check: draws {@code samples} inputs from a generator and checks a property
 * on each. Every run uses one seed, taken from the system property {@code hoolekanne.seed} when
 * set (to replay a failure) and otherwise fresh, so repeated builds explore new inputs. A failure
 * names the property, the seed, the sample number and the input, and tells how to replay it:
 *
 * <pre>{@code ./mvnw verify -Dhoolekanne.seed=1234567890}</pre>
 *
 * <p>Generators receive a {@link SplittableRandom}; draw everything from it and nothing from
 * elsewhere, so the seed alone reproduces the input.
 */
public final class Property {

    /** The system property that fixes the seed for a replay. */
    public static final String SEED_PROPERTY = "hoolekanne.seed";

    private Property() {
    }

    /**
     * Checks {@code property} on {@code samples} inputs drawn from {@code generator}.
     *
     * @param name      what is checked, for the failure message (rule IDs belong here)
     * @param samples   how many inputs to draw; at least 1
     * @param generator draws one input from the random source
     * @param property  throws (usually an {@link AssertionError}) when the property does not hold
     * @param <T>       the input type
     * @return the seed of this run, for messages of checks made after the samples
     * @throws AssertionError naming the seed when the property fails on an input
     */
    public static <T> long forAll(String name, int samples, Function<SplittableRandom, T> generator,
                                  Consumer<T> property) {
        Objects.requireNonNull(name, "name");
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1");
        }
        long seed = seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            T input = null;
            try {
                input = generator.apply(random);
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                AssertionError failure = new AssertionError(
                        "property '" + name + "' failed on sample " + (i + 1) + " of " + samples
                                + " with seed " + seed + " (replay: -D" + SEED_PROPERTY + "=" + seed + ")"
                                + "\n  input: " + input + "\n  cause: " + e.getMessage(), e);
                throw failure;
            }
        }
        return seed;
    }

    /** The seed of this run: {@code -Dhoolekanne.seed} if set, else a fresh one. */
    public static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.trim());
        }
        return new SplittableRandom().nextLong();
    }
}
