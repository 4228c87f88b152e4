package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * The committee decides a complete, assessed application: grant (TSM-9), refuse (TSM-10) or wait-list (TSM-11); eligibility (TSM-2) is checked against the population register.
 */
public interface DecideApplicationUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the decided case; Left Refused(NotEligible, NoFreePlace, PlaceAvailable, Stock, WrongOutcome), or VersionConflict
     */
    Either<CaseFailure<SocialHousingError>, Application> decideApplication(DecideApplicationCommand command);
}
