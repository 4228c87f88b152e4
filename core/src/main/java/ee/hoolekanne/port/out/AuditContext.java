package ee.hoolekanne.port.out;

import java.util.Objects;

/**
 * Who is using personal data right now, for whom and on what legal basis: the parts of an
 * {@link AuditRecord} that the embedding application knows about the current call (typically from
 * its request or session), while the adapter knows whose data and what was done.
 *
 * @param user       the user or system acting, e.g. the caseworker's login
 * @param receiver   who receives or uses the data, e.g. "Tartu social housing committee"
 * @param legalBasis the provision that allows the use, e.g. "Tartu city regulation no 86 § 7"
 */
public record AuditContext(String user, String receiver, String legalBasis) {
    /** All parts are required. */
    public AuditContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
