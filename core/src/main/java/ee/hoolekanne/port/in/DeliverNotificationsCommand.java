package ee.hoolekanne.port.in;

/**
 * Delivers the notifications due now from the outbox, at most {@code limit} of them.
 *
 * @param limit how many at most in this run; at least 1
 */
public record DeliverNotificationsCommand(int limit) {
    /** The limit is at least 1. */
    public DeliverNotificationsCommand {
        if (limit < 1) {
            throw new IllegalArgumentException("a run delivers at least 1 notification");
        }
    }
}
