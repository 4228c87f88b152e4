package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.housing.UnitId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The command of {@link OfferFreedPlaceUseCase}: offers a freed place to the next applicant on the waiting list and notifies them (TSM-11).
 *
 * @param unit the freed unit
 * @param on the date
 */
public record OfferFreedPlaceCommand(UnitId unit, LocalDate on) {
    /** Every part is required. */
    public OfferFreedPlaceCommand {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(on, "on");
    }
}
