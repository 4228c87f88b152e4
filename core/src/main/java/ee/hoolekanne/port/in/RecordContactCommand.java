package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.justice.Contact;

import java.util.Objects;

/**
 * Records a contact the support person made for the prisoner (JUS-2).
 *
 * @param id the case
 * @param contact the contact
 */
public record RecordContactCommand(CaseId id, Contact contact) {
    /** Every part is required. */
    public RecordContactCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
    }
}
