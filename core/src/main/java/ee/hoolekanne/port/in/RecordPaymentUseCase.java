package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
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
    Either<SocialHousingError, Application> recordPayment(RecordPaymentCommand command);
}
