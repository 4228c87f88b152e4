/**
 * In-memory reference adapters for every driven port. Each passes its contract suite in
 * {@code ee.hoolekanne.testkit.contract}; they are thread-safe and keep versions exactly as the
 * port Javadoc says, so tests of use cases can trust them.
 */
package ee.hoolekanne.testkit.inmemory;
