package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
import io.vavr.control.Either;

/**
 * Records a payment by the recipient.
 */
public interface RecordPaymentUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the case
     */
    Either<CaseFailure<SocialHousingError>, Application> recordPayment(RecordPaymentCommand command);
}
