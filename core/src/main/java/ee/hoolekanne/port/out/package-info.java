/**
 * Driven ports: what the use cases need from the outside world (repositories, the population
 * register, the notifier, time, the audit sink). Each interface's Javadoc is its specification;
 * the testkit's {@code <Port>Contract} suites test exactly that. Ports never throw for expected
 * failures: they return {@code Left}.
 */
package ee.hoolekanne.port.out;
