package ee.hoolekanne.port.in.socialhousing;

import ee.hoolekanne.domain.socialhousing.Application;
import ee.hoolekanne.domain.socialhousing.SocialHousingError;
import ee.hoolekanne.port.in.CaseFailure;
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
    Either<CaseFailure<SocialHousingError>, Application> deliverDecision(DeliverDecisionCommand command);
}
