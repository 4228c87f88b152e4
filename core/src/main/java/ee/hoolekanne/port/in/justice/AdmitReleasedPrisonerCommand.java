package ee.hoolekanne.port.in.justice;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.housing.UnitId;
import ee.hoolekanne.domain.justice.ReleasedAccommodation;
import ee.hoolekanne.domain.justice.SupportingActivity;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.supportperson.ProviderId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Admits a released prisoner to accommodation for up to six months (JUS-3, JUS-4).
 *
 * @param caseId the new case
 * @param person the released prisoner
 * @param need why the accommodation is needed
 * @param releasedOn the day of release
 * @param provider the provider
 * @param unit the unit
 * @param activities the supporting activities
 * @param admittedOn the day of admission
 */
public record AdmitReleasedPrisonerCommand(CaseId caseId, PersonalCode person, ReleasedAccommodation.Need need,
                                           LocalDate releasedOn, ProviderId provider, UnitId unit,
                                           Set<SupportingActivity> activities, LocalDate admittedOn) {
    /** Every part is required. */
    public AdmitReleasedPrisonerCommand {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(releasedOn, "releasedOn");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(admittedOn, "admittedOn");
    }
}
