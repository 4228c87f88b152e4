package ee.hoolekanne.domain.protection;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An information request of the local government to the provider (RVK-6).
 *
 * @param number     its number in the case, from 1
 * @param receivedOn when the provider received it
 * @param answeredOn when the provider answered, if it has
 */
public record InfoRequest(int number, LocalDate receivedOn, Option<LocalDate> answeredOn) {
    /** Every part is required; answered on or after receipt. */
    public InfoRequest {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (answeredOn.exists(a -> a.isBefore(receivedOn))) {
            throw new IllegalArgumentException("answered before it was received");
        }
    }
}
