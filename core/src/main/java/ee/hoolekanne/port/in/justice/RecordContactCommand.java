package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.Contact;

import java.util.Objects;

/**
 * Records a contact the support person made for the prisoner (JUS-2).
 *
 * @param caseId the case
 * @param contact the contact
 */
public record RecordContactCommand(CaseId caseId, Contact contact) {
    /** Every part is required. */
    public RecordContactCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(contact, "contact");
    }
}
