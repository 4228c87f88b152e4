-- An embedding application's own schema (the test stands in for a municipal application): its
-- tables in the default schema, its own Flyway history (flyway_schema_history), its migrations at
-- Flyway's and Spring Boot's default location classpath:db/migration.
CREATE TABLE app_user (
    id    INT          NOT NULL PRIMARY KEY,
    login VARCHAR(100) NOT NULL
);
