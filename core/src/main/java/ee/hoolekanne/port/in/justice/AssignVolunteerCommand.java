package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.ProviderId;
import ee.hoolekanne.domain.supportperson.SupportPerson;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns a volunteer support person of a partner provider, from six months before release
 * (JUS-1, JUS-2).
 *
 * @param caseId the case
 * @param person the volunteer
 * @param partners the partner providers
 * @param on the first day
 */
public record AssignVolunteerCommand(CaseId caseId, SupportPerson person, Set<ProviderId> partners, LocalDate on) {
    /** Every part is required. */
    public AssignVolunteerCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(on, "on");
    }
}
