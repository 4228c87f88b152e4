package ee.hoolekanne.domain.supportperson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A support person assigned to a client from a date.
 *
 * @param supportPerson who
 * @param kind          trusted or professional, as assigned
 * @param provider      through which provider
 * @param from          the first day of the assignment
 */
public record Assignment(SupportPersonId supportPerson, SupportPersonKind kind, ProviderId provider, LocalDate from) {
    /** Every part is required. */
    public Assignment {
        Objects.requireNonNull(supportPerson, "supportPerson");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(from, "from");
    }
}
