package ee.hoolekanne.port.in;

/**
 * What one run of the notification relay did.
 *
 * @param delivered notifications the notifier accepted
 * @param retried   notifications whose attempt failed and that are due again later
 * @param parked    notifications that failed once too often and were set aside
 */
public record DeliveryRun(int delivered, int retried, int parked) {

    /** A run that did nothing. */
    public static final DeliveryRun NONE = new DeliveryRun(0, 0, 0);

    /** This run and {@code other} together. */
    public DeliveryRun plus(DeliveryRun other) {
        return new DeliveryRun(delivered + other.delivered, retried + other.retried, parked + other.parked);
    }
}
