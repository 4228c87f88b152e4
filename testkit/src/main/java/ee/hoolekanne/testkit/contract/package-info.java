/**
 * The hoolekanne testkit proves an adapter right: seeded generators and the property runner in
 * {@code ee.hoolekanne.testkit.gen}, in-memory reference adapters in
 * {@code ee.hoolekanne.testkit.inmemory}, and here the contract suites.
 *
 * <p>Contract suites: one abstract JUnit class per driven port, testing exactly what the port's
 * Javadoc promises. The in-memory adapters pass them; every other adapter (JDBC, JSON file, an
 * integrator's own) extends the same suite with a factory for its adapter, e.g.
 * {@code class MyRepositoryTest extends ApplicationRepositoryContract}. The service suites
 * ({@code ProtectionServiceContract} …) run every use case of a service on a whole
 * {@link ee.hoolekanne.testkit.contract.Storage}.
 */
package ee.hoolekanne.testkit.contract;
