package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import io.vavr.control.Either;

/**
 * Records the delivery of a granting decision (TSM-15).
 */
public interface DeliverDecisionUseCase {

    /**
     * Carries out the command; a refusal changes nothing.
     *
     * @return the delivered case; Left DeadlinePassed when the decision has lapsed
     */
    Either<SocialHousingError, Application> deliverDecision(DeliverDecisionCommand command);
}
