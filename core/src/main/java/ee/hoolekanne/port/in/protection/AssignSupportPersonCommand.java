package ee.hoolekanne.port.in.protection;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.SupportPerson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a support person of the provider to the client (RVK-5), within 5 working days of the
 * provider's receipt.
 *
 * @param caseId the case
 * @param person the support person
 * @param on     the day of the assignment
 */
public record AssignSupportPersonCommand(CaseId caseId, SupportPerson person, LocalDate on) {
    /** Every part is required. */
    public AssignSupportPersonCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(on, "on");
    }
}
