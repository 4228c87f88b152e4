package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Offers a freed place to the next applicant on the waiting list and notifies them (TSM-11).
 */
public interface OfferFreedPlaceUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case offered the place, or none when nobody waits for that kind
     */
    Either<CaseFailure<SocialHousingError>, Option<CaseId>> offerFreedPlace(OfferFreedPlaceCommand command);
}
