package ee.hoolekanne.adapter.jdbc;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.person.Sex;
import ee.hoolekanne.port.out.Notification;
import ee.hoolekanne.port.out.OutboxMessage;
import ee.hoolekanne.port.out.RepositoryError;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static ee.hoolekanne.adapter.jdbc.Proxies.invoke;
import static ee.hoolekanne.adapter.jdbc.Proxies.proxy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure's cause survives a failed rollback: the error names the statement's SQL state, the rollback's failure is added to it. */
class JdbcErrorsTest {

    private final SQLException planted = new SQLException("the server shut down", "57P01");
    private final SQLException rollbackFailed = new SQLException("Connection is closed", "08003");
    private final AtomicBoolean armed = new AtomicBoolean();

    private DataSource failing(DataSource real) {
        return proxy(DataSource.class, (p, m, args) -> {
            Object result = invoke(real, m, args);
            return result instanceof Connection c ? proxy(Connection.class, (p2, m2, args2) -> {
                if (m2.getName().equals("rollback") && armed.get()) {
                    throw rollbackFailed;
                }
                Object r = invoke(c, m2, args2);
                return r instanceof Statement s ? proxy(m2.getReturnType().asSubclass(Statement.class), (p3, m3, args3) -> {
                    if (m3.getName().equals("executeUpdate") && armed.get()) {
                        throw planted;
                    }
                    return invoke(s, m3, args3);
                }) : r;
            }) : result;
        });
    }

    @Test
    @DisplayName("a statement fails, then the rollback fails too: the error carries the statement's SQL state and the rollback's failure is suppressed in it")
    void rollbackFailureIsAddedNotReplacing() {
        DataSource real = Databases.pristine(Databases.Kind.H2_MEMORY);
        JdbcAdapters.migrate(real);
        JdbcAdapters jdbc = JdbcAdapters.builder(failing(real)).migration(JdbcAdapters.Migration.NONE).build();
        armed.set(true);
        Either<RepositoryError, Integer> added = jdbc.outbox().add(List.of(OutboxMessage.of(new Notification("k", new CaseId("c"),
                PersonalCode.of(LocalDate.of(1980, 2, 2), Sex.MALE, 5), Notification.Kind.DECISION, LocalDate.of(2026, 1, 1), "text"),
                Instant.parse("2026-01-01T08:00:00Z"))));
        armed.set(false);
        RepositoryError error = added.getLeft();
        assertInstanceOf(RepositoryError.Unavailable.class, error);
        assertTrue(error.message().contains("57P01"), error.message());
        assertFalse(error.message().contains("08003"), "the rollback's failure does not replace the cause: " + error.message());
        assertArrayEquals(new Throwable[]{rollbackFailed}, planted.getSuppressed());
        assertEquals(List.of(), jdbc.outbox().pending().get(), "nothing was written");
    }
}
