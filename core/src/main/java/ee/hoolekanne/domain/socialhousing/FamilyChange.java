package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.household.Household;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change in the recipient's family composition (TSM-20 8): the recipient must notify it
 * within 10 working days. Recorded when the provider learns of it, notified or not.
 *
 * @param occurredOn   when the composition changed
 * @param newHousehold the household after the change
 * @param notifiedOn   when the recipient notified it, if they did
 */
public record FamilyChange(LocalDate occurredOn, Household newHousehold, Option<LocalDate> notifiedOn) {
    /** All parts are required. */
    public FamilyChange {
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(newHousehold, "newHousehold");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
    }
}
