package ee.hoolekanne.domain.resocialization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Laundry a resident used (RES-10).
 *
 * @param on      the date
 * @param service which service
 * @param loads   how many loads, at least 1
 */
public record LaundryUse(LocalDate on, PriceList.Laundry service, int loads) {
    /** At least one load. */
    public LaundryUse {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(service, "service");
        if (loads < 1) {
            throw new IllegalArgumentException("at least one load");
        }
    }
}
