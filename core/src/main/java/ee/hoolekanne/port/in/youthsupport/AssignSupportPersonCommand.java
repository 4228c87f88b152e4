package ee.hoolekanne.port.in.youthsupport;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.supportperson.SupportPerson;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Assigns a support person of the provider from the start of the window before the youth
 * leaves care (AHT-10).
 *
 * @param caseId the case
 * @param person the support person
 * @param startsOn the first day
 */
public record AssignSupportPersonCommand(CaseId caseId, SupportPerson person, LocalDate startsOn) {
    /** Every part is required. */
    public AssignSupportPersonCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(startsOn, "startsOn");
    }
}
