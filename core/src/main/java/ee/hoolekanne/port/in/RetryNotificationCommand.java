package ee.hoolekanne.port.in;

import java.util.Objects;

/**
 * Puts a parked notification back to be delivered at once (after its cause was fixed).
 *
 * @param key the notification's key
 */
public record RetryNotificationCommand(String key) {
    /** The key is required. */
    public RetryNotificationCommand {
        Objects.requireNonNull(key, "key");
    }
}
