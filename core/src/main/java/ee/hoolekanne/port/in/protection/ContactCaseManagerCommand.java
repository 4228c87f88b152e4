package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records that the support person contacted the local government's case manager (RVK-7).
 *
 * @param caseId the case
 * @param on the day of the contact
 */
public record ContactCaseManagerCommand(CaseId caseId, LocalDate on) {
    /** Every part is required. */
    public ContactCaseManagerCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(on, "on");
    }
}
