package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a prisoner's request for a support person before release (JUS-1).
 *
 * @param id the new case
 * @param prisoner the prisoner
 * @param releaseDate the planned release
 * @param requestedOn the day of the request
 */
public record RequestPrisonerSupportCommand(CaseId id, PersonalCode prisoner, LocalDate releaseDate, LocalDate requestedOn) {
    /** Every part is required. */
    public RequestPrisonerSupportCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prisoner, "prisoner");
        Objects.requireNonNull(releaseDate, "releaseDate");
        Objects.requireNonNull(requestedOn, "requestedOn");
    }
}
