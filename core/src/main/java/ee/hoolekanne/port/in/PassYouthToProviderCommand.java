package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Passes the case to the provider serving the youth's county on the day (AHT-4, AHT-11).
 *
 * @param id the case
 * @param on the day
 */
public record PassYouthToProviderCommand(CaseId id, LocalDate on) {
    /** Every part is required. */
    public PassYouthToProviderCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
    }
}
