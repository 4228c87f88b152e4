package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the delivery of one notification stands, free of personal data (no recipient, no text):
 * what an operator's list of parked notifications shows.
 *
 * @param key       the notification's idempotency key
 * @param caseId    the case it is about
 * @param kind      what about, e.g. {@code DECISION}
 * @param on        the date of the notification
 * @param createdAt when the change that caused it committed
 * @param attempts  the failed delivery attempts so far
 * @param lastError why the last attempt failed
 * @param status    {@code PENDING}, {@code DELIVERED} or {@code PARKED}
 */
public record NotificationStatus(String key, CaseId caseId, String kind, LocalDate on, Instant createdAt, int attempts,
                                 Option<String> lastError, String status) {
    /** All parts are required. */
    public NotificationStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(status, "status");
    }
}
