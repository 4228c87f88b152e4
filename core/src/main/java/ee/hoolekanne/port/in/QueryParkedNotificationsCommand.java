package ee.hoolekanne.port.in;

/** Lists the notifications that failed once too often and were parked. */
public record QueryParkedNotificationsCommand() {
}
