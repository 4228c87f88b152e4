package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records that the support person contacted the local government's case manager (RVK-7).
 *
 * @param id the case
 * @param on the day of the contact
 */
public record ContactCaseManagerCommand(CaseId id, LocalDate on) {
    /** Every part is required. */
    public ContactCaseManagerCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
    }
}
