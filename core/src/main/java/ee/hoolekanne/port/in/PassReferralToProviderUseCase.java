package ee.hoolekanne.port.in;

import ee.hoolekanne.domain.protection.ProtectionReferral;
import ee.hoolekanne.domain.supportperson.SupportServiceError;
import io.vavr.control.Either;

/**
 * Passes a referral to the service provider (RVK-5): the provider's receipt starts the 5
 * working days for assigning a support person.
 */
public interface PassReferralToProviderUseCase {

    /** The referral after the command, or why it was refused (nothing is then written). */
    Either<SupportServiceError, ProtectionReferral> passToProvider(PassReferralToProviderCommand command);
}
