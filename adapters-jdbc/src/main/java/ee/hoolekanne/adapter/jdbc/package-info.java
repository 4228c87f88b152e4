/**
 * JDBC adapters: repositories over any {@link javax.sql.DataSource}, tested on H2 (the embedded
 * default) and PostgreSQL. The schema comes from Flyway migrations shipped in this jar
 * ({@code db/migration/hoolekanne}); released migrations never change. Plain JDBC with prepared
 * statements only; each state maps to rows explicitly. Everything but {@link
 * ee.hoolekanne.adapter.jdbc.JdbcAdapters} is package-private.
 */
package ee.hoolekanne.adapter.jdbc;
