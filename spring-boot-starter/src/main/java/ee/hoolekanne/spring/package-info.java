/**
 * The Spring Boot 4 starter of hoolekanne: {@link ee.hoolekanne.spring.HoolekanneAutoConfiguration}
 * wires the JDBC adapter on the application's {@code DataSource} and transactions, every service
 * as a replaceable bean, the morning list, the outbox relay and a health indicator, from the
 * {@code hoolekanne.*} properties ({@link ee.hoolekanne.spring.HoolekanneProperties}).
 */
package ee.hoolekanne.spring;
