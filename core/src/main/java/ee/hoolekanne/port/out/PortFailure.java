package ee.hoolekanne.port.out;

import java.util.Objects;

/**
 * A driven port other than a repository failed (register unreachable, mail server down).
 *
 * @param port   which port
 * @param reason what failed, free of personal data
 */
public record PortFailure(String port, String reason) {
    /** Both parts are required. */
    public PortFailure {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(reason, "reason");
    }
}
