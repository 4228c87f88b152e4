package ee.hoolekanne.domain.socialhousing;

import ee.hoolekanne.domain.person.PersonalCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The contract for the service (TSM-12): who concludes it, who signed, when, and the period of
 * use. The service itself starts when use starts (TSM-14).
 *
 * @param number      the contract's number
 * @param provider    Turvakodu or Varjupaik
 * @param signatories the persons who signed (or whose legal representatives signed)
 * @param signedOn    the date of signing
 * @param startDate   the date on which use is to start
 * @param endDate     the last day of the service term
 */
public record ServiceContract(String number, ShelterProvider provider, List<PersonalCode> signatories,
                              LocalDate signedOn, LocalDate startDate, LocalDate endDate) {

    /** Copies the signatories; at least one; the period runs forward. */
    public ServiceContract {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(provider, "provider");
        signatories = List.copyOf(signatories);
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (signatories.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one signatory");
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a contract ends before it starts");
        }
    }

    /** The same contract with a new end date (TSM-25 extension). */
    public ServiceContract extendedTo(LocalDate newEnd) {
        return new ServiceContract(number, provider, signatories, signedOn, startDate, newEnd);
    }

    @Override
    public String toString() {
        return "ServiceContract[" + number + ", " + provider + ", " + signatories.size() + " signatories, "
                + startDate + ".." + endDate + "]";
    }
}
