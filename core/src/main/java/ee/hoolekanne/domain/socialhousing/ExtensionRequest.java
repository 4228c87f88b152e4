package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an extension rests on (TSM-25): the opinion of the provider (the Turvakodu or the
 * Varjupaik, whichever provides the service) to the specialist, with the application of the
 * recipient or an adult family member to continue, and the specialist's proposal of a new term.
 *
 * @param opinionOn       the date of the provider's opinion
 * @param opinionBy       the provider that gave it: the one of the contract
 * @param applicant       who applied to continue: the recipient or an adult family member
 * @param proposedEnd     the new term the specialist proposes
 */
public record ExtensionRequest(LocalDate opinionOn, ShelterProvider opinionBy, PersonalCode applicant, LocalDate proposedEnd) {
    /** All parts are required. */
    public ExtensionRequest {
        Objects.requireNonNull(opinionOn, "opinionOn");
        Objects.requireNonNull(opinionBy, "opinionBy");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(proposedEnd, "proposedEnd");
    }
}
