package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a prisoner's request for a support person before release (JUS-1).
 *
 * @param caseId the new case
 * @param prisoner the prisoner
 * @param releaseDate the planned release
 * @param requestedOn the day of the request
 */
public record RequestSupportCommand(CaseId caseId, PersonalCode prisoner, LocalDate releaseDate, LocalDate requestedOn) {
    /** Every part is required. */
    public RequestSupportCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(prisoner, "prisoner");
        Objects.requireNonNull(releaseDate, "releaseDate");
        Objects.requireNonNull(requestedOn, "requestedOn");
    }
}
