/**
 * JMH benchmarks. Each compares the library with baselines measured in the same run and reports
 * ratios, never absolute thresholds: run them with the README's benchmark command.
 */
package ee.hoolekanne.benchmarks;
