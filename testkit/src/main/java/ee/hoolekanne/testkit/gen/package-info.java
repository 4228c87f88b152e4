/**
 * Seeded, reproducible generators of valid domain values and a small property runner
 * ({@link ee.hoolekanne.testkit.gen.Property}) that prints the seed of a failing run so it can be
 * replayed with {@code -Dhoolekanne.seed=...}.
 */
package ee.hoolekanne.testkit.gen;
