/**
 * Contract suites: one abstract JUnit class per driven port, testing exactly what the port's
 * Javadoc promises. The in-memory adapters pass them; every other adapter (JDBC, JSON file, an
 * integrator's own) extends the same suite with a factory for its adapter, e.g.
 * {@code class MyRepositoryTest extends ApplicationRepositoryContract}. The service suites
 * ({@code ProtectionServiceContract} …) run every use case of a service on a whole
 * {@link ee.hoolekanne.testkit.contract.Storage}.
 */
package ee.hoolekanne.testkit.contract;
