package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Passes the case to the provider serving the youth's county on the day (AHT-4, AHT-11).
 *
 * @param caseId the case
 * @param on the day
 */
public record PassToProviderCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public PassToProviderCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
