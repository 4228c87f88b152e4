package ee.hoolekanne.port.out;

import java.util.Objects;

/**
 * Who is using personal data right now, and for whom: the parts of an {@link AuditRecord} that the
 * embedding application knows about the current call (typically from its request or session),
 * while the use case knows whose data, what was done and on which legal basis.
 *
 * @param user     the user or system acting, e.g. the caseworker's login
 * @param receiver who receives or uses the data, e.g. "Tartu social housing committee"
 */
public record AuditContext(String user, String receiver) {
    /** Both parts are required and not blank. */
    public AuditContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(receiver, "receiver");
        if (user.isBlank() || receiver.isBlank()) {
            throw new IllegalArgumentException("an audit context names the user and the receiver");
        }
    }
}
