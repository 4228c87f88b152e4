package ee.hoolekanne.domain.socialhousing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The provider's assessment one month before the service term ends (TSM-24): a worker of the
 * Turvakodu or the Varjupaik, whichever provides the service, assesses the prospects of another
 * dwelling and the ability to live independently, and whether the need continues.
 *
 * @param assessedOn     the date
 * @param assessedBy     the provider whose worker assessed: the one of the contract
 * @param prospects      the prospects of finding another dwelling
 * @param canLiveAlone   whether the recipient can use a dwelling and meet its obligations alone
 * @param needContinues  whether the need for the service continues (opens TSM-25)
 */
public record PreExpiryAssessment(LocalDate assessedOn, ShelterProvider assessedBy, String prospects, boolean canLiveAlone,
                                  boolean needContinues) {
    /** All parts are required. */
    public PreExpiryAssessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(prospects, "prospects");
    }

    @Override
    public String toString() {
        return "PreExpiryAssessment[" + assessedOn + ", " + assessedBy + ", needContinues=" + needContinues + "]";
    }
}
