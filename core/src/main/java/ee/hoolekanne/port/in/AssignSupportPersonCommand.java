package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.SupportPerson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a support person of the provider to the client (RVK-5), within 5 working days of the
 * provider's receipt.
 *
 * @param id     the case
 * @param person the support person
 * @param on     the day of the assignment
 */
public record AssignSupportPersonCommand(CaseId id, SupportPerson person, LocalDate on) {
    /** Every part is required. */
    public AssignSupportPersonCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(on, "on");
    }
}
