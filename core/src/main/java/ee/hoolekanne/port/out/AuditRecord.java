package ee.hoolekanne.port.out;

import ee.hoolekanne.domain.person.PersonalCode;

import java.time.Instant;
import java.util.Objects;

/**
 * One use of a person's data, in the shape of the state's personal data usage monitor
 * (Andmejälgija): whose data, when, what was done, for whom, on what legal basis, by whom.
 *
 * @param person     whose data
 * @param at         when
 * @param action     what was done, e.g. "decide application"
 * @param receiver   who received or used the data, e.g. "Tartu social housing committee"
 * @param legalBasis the rule and provision, e.g. "TSM-8, … § 7(2)"
 * @param user       the user or system that acted
 */
public record AuditRecord(PersonalCode person, Instant at, String action, String receiver, String legalBasis,
                          String user) {
    /** All parts are required. */
    public AuditRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(user, "user");
    }
}
