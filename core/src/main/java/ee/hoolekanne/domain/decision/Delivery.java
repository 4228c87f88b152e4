package ee.hoolekanne.domain.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The event of a decision reaching its addressee (TSM-13, TSM-15): the method and the moment.
 * Electronic delivery counts when the addressee opens the decision or confirms receipt.
 *
 * @param method how
 * @param at     when
 */
public record Delivery(DeliveryMethod method, Instant at) {

    /** The zone in which the date of an event counts. */
    public static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");

    /** Both parts are required. */
    public Delivery {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(at, "at");
    }

    /** The date of delivery in Europe/Tallinn, which starts the TSM-13 term. */
    public LocalDate date() {
        return at.atZone(TALLINN).toLocalDate();
    }
}
