/**
 * The hoolekanne testkit: what an integrator needs to prove an adapter right. {@code gen} holds
 * seeded generators and the property runner; contract suites for the driven ports live in
 * {@code contract}, and in-memory reference adapters in {@code inmemory}, as the ports appear.
 */
package ee.hoolekanne.testkit;
