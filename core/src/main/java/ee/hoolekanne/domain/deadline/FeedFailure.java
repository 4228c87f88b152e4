package ee.hoolekanne.domain.deadline;

import java.util.Objects;

/**
 * A service could not list its open obligations (its storage failed).
 *
 * @param service which service
 * @param reason  what failed, free of personal data
 */
public record FeedFailure(String service, String reason) {
    /** Both parts are required. */
    public FeedFailure {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(reason, "reason");
    }
}
